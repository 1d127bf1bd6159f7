<#-- The self-assessment paper as GitHub-flavoured Markdown. Every ${...} is escaped to stay one line of text,
     table cells included. See docs/templates.md. -->
<#macro rating r=""><#if r?has_content>${r.symbol} ${r.label}<#else>– Not rated</#if></#macro>
<#macro evidence e>${e.id} ${e.heading}: ${e.status}<#if e.overdue>, **overdue**</#if><#if e.trend??> ${e.trend}</#if></#macro>
<#if plan.marking??>
**${plan.marking}**

</#if>
# ${plan.title}: self-assessment

Period ${plan.period} · As of **${asOf}** · Made ${made}<#if since??> · Compared with ${since}</#if>

## Summary

<#if frameworks?has_content>
${items} items assessed across ${frameworks?size} framework<#if frameworks?size != 1>s</#if>; **${gaps}** below met or not rated.

| Framework | <#list scale as r><@rating r/> | </#list>Not rated |
| --- | <#list scale as r>---: | </#list>---: |
<#list frameworks as f>
| ${f.name} | <#list f.counts as c>${c.count} | </#list>${f.unrated} |
</#list>
<#else>
The plan declares no framework to assess.
</#if>
<#list frameworks as f>

## ${f.name}
<#if f.source??>

${f.source}
</#if>

| Item | Rating | Evidence | Why |
| --- | --- | --- | --- |
<#list f.items as i>
| ${i.name} (${i.key}) | <@rating i.rating!""/><#if i.date??>, ${i.date}<#if i.assessor??>, ${i.assessor}</#if></#if><#if i.stale> (more than a year old)</#if><#if i.change??> (${i.change})</#if> | <#if i.actions?has_content || i.documents?has_content><#list i.actions as e><@evidence e/><#sep>; </#list><#if i.actions?has_content && i.documents?has_content>; </#if><#list i.documents as d>${d.text}<#sep>; </#list><#else>None given</#if> | ${i.comment!""} |
</#list>
<#assign gapItems = f.items?filter(i -> i.gap)>
<#if gapItems?has_content>

Gaps: <#list gapItems as i>${i.name} (<#if i.rating??>${i.rating.label}<#else>not rated</#if>)<#sep>, </#list>.
</#if>
</#list>
<#if risks?has_content>

## Local risk priorities

| Risk | Rating | Actions |
| --- | --- | --- |
<#list risks as r>
| ${r.name}<#if r.reference??> (${r.reference})</#if> | ${r.rating!"Not rated"} | <#list r.actions as e><@evidence e/><#sep>; </#list><#if !r.addressed><#if r.actions?has_content>; </#if>**no open action addresses it**</#if> |
</#list>
</#if>
