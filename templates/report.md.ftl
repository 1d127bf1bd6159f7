<#-- The working group's paper as GitHub-flavoured Markdown, for a pull-request comment or a wiki page.
     Every ${...} is escaped to stay one line of text, table cells included; x.md is a plan text as
     Markdown blocks (raw HTML made text). See docs/templates.md. -->
<#macro status s=""><#if s?has_content>${s.label}<#else>Not assessed</#if></#macro>
<#macro leads a><#if a.leadNames?has_content><#list a.leadNames as name>${name} (${a.lead[name?index]})<#sep>, </#list><#else>No lead</#if></#macro>
<#macro trend a><#if a.trend??>${a.trend.arrow} ${a.trend.word}<#if a.trend.was??> (was ${a.trend.was.label})</#if></#if></#macro>
<#macro change n><#if n gt 0>+${n}<#elseif n lt 0>−${-n}<#else>–</#if></#macro>
<#macro due a><#if a.due??>${a.due.text}<#if a.overdue> **overdue**</#if><#else>no due date</#if></#macro>
<#if plan.marking??>
**${plan.marking}**

</#if>
# ${plan.title}

Period ${plan.period}<#if plan.version??> · Version ${plan.version}</#if><#if plan.issued??> · Issued ${plan.issued.text}</#if><#if plan.owner??> · ${plan.owner}</#if> · As of **${asOf.text}**
<#if scope??>

This report covers ${scope}.
</#if>
<#if summary.then??>

Compared with **${summary.then.since}**<#if summary.then.since != summary.then.day.iso> (${summary.then.day.text})</#if>.
</#if>
<#if draft??>

> **${draft.heading}.** This paper is not finished: the plan still has placeholder text or a word such as TBC.
</#if>

<#assign attentionShown = 8>
<#assign changesShown = 6>
## Summary

| Status | Actions |<#if summary.then??> At ${summary.then.since} | Change |</#if>
| --- | ---: |<#if summary.then??> ---: | ---: |</#if>
<#list summary.byStatus as row>
| ${row.status.label}<#if row.status.description??> (${row.status.wording})</#if> | ${row.count} |<#if summary.then??> ${summary.then.byStatus[row?index].count} | <@change row.count - summary.then.byStatus[row?index].count/> |</#if>
</#list>
| Not assessed | ${summary.notAssessed} |<#if summary.then??> ${summary.then.notAssessed} | <@change summary.notAssessed - summary.then.notAssessed/> |</#if>
| **All actions** | **${summary.total}** |<#if summary.then??> **${summary.total}** | |</#if>

**Overdue:** ${summary.overdue} of the ${summary.total} actions, whatever their status.

### Needs attention

<#if attention?has_content>
| Action | Lead | Status | Why |
| --- | --- | --- | --- |
<#list attention as item>
<#if item?index == attentionShown><#break></#if>
<#assign a = item.action>
| ${a.id} ${a.title} | <@leads a/> | <@status a.status/><#if a.trend??> <@trend a/></#if> | <#list item.reasons as why>${why}<#sep>; </#list> |
</#list>
<#if attention?size gt attentionShown>

And ${attention?size - attentionShown} more<#if summaryOnly>, listed in the full paper.<#else>: see "Needs attention: all ${attention?size}" below.</#if>
</#if>
<#else>
No action is off track, at risk, overdue or long without an update.
</#if>
<#if changes??>

### Changed since ${changes.since}

<#if changes.count == 0>
Nothing changed since ${changes.since}.
<#else>
<#list changes.added + changes.changed + changes.removed as c>
<#if c?index == changesShown><#break></#if>
- ${c.id} ${c.title}: ${c.what}<#if c.from?has_content || c.to?has_content> (<#if c.from?has_content>${c.from}</#if> → <#if c.to?has_content>${c.to}</#if>)</#if>
</#list>
<#if changes.count gt changesShown>

And ${changes.count - changesShown} more: see "Changes since ${changes.since}" below.
</#if>
</#if>
</#if>
<#if !summaryOnly>

## The plan in figures

<#if year??>
The year, by meeting (${year.source}):

| Meeting |<#list plan.statuses as s> ${s.label} |</#list> Not assessed | All |
| --- |<#list plan.statuses as s> ---: |</#list> ---: | ---: |
<#list year.meetings as m>
| <#if m.name == m.day.iso>${m.day.text}<#else>${m.name} (${m.day.text})</#if> |<#list m.counts as c> ${c.count} |</#list> ${m.notAssessed} | ${m.total} |
</#list>

</#if>
| Objective |<#list plan.statuses as s> ${s.label} |</#list> Not assessed | Overdue | All |
| --- |<#list plan.statuses as s> ---: |</#list> ---: | ---: | ---: |
<#list summary.byObjective as o>
| ${o.id}. ${o.name} |<#list o.counts as c> ${c.count} |</#list> ${o.notAssessed} | ${o.overdue} | ${o.total} |
</#list>

| Lead |<#list plan.statuses as s> ${s.label} |</#list> Not assessed | Overdue | Led |
| --- |<#list plan.statuses as s> ---: |</#list> ---: | ---: | ---: |
<#list summary.byLead as l>
| ${l.name} (${l.code}) |<#list l.counts as c> ${c.count} |</#list> ${l.notAssessed} | ${l.overdue} | ${l.total} |
</#list>
<#assign l = summary.noLead>
| *No lead* |<#list l.counts as c> ${c.count} |</#list> ${l.notAssessed} | ${l.overdue} | ${l.total} |
<#if attention?size gt attentionShown>

## Needs attention: all ${attention?size}

| Action | Lead | Status |<#if summary.then??> Since ${summary.then.since} |</#if> Due | Why |
| --- | --- | --- |<#if summary.then??> --- |</#if> --- | --- |
<#list attention as item>
<#assign a = item.action>
| ${a.id} ${a.title} | <@leads a/> | <@status a.status/> |<#if summary.then??> <@trend a/> |</#if> <#if a.due??>${a.due.text}</#if> | <#list item.reasons as why>${why}<#sep>; </#list> |
</#list>
</#if>
<#if plan.aims??>

## Aims

${plan.aims.md}
</#if>

<#if coverage??>
## Coverage of the duty

| Area |<#list plan.statuses as s> ${s.label} |</#list> Not assessed | Overdue | Open | All | Verdict | Actions |
| --- |<#list plan.statuses as s> ---: |</#list> ---: | ---: | ---: | ---: | --- | --- |
<#list coverage as d>
| ${d.name} |<#list d.counts as c> ${c.count} |</#list> ${d.notAssessed} | ${d.overdue} | ${d.open} | ${d.actions} | <#if d.covered>${d.verdict}<#else>**${d.verdict}**</#if> | <#list d.served as a>${a.id}<#sep>, </#list> |
</#list>

</#if>
<#list frameworks as f>
## <#if f.id == "risks">${f.name}<#else>Coverage of ${f.name}</#if>

| <#if f.id == "risks">Risk<#else>Item</#if> | Open | Overdue | All | Verdict | Actions |
| --- | ---: | ---: | ---: | --- | --- |
<#list f.rows as d>
| ${d.name}<#if d.description??> (${d.description})</#if> | ${d.open} | ${d.overdue} | ${d.actions} | <#if d.covered>${d.verdict}<#else>**${d.verdict}**</#if> | <#list d.served as a>${a.id}<#sep>, </#list> |
</#list>

</#list>
<#if assurance?has_content>
## Self-assessment

| Framework | Items | Met or better | Below met | Not rated |
| --- | ---: | ---: | ---: | ---: |
<#list assurance as f>
| ${f.name} | ${f.items} | ${f.metOrBetter} | <#if f.belowMet gt 0>**${f.belowMet}**<#else>0</#if> | ${f.unrated} |
</#list>

The ratings, their evidence and the gaps are in the self-assessment paper (`prevent assurance`).

</#if>
<#if changes??>

## Changes since ${changes.since}

<#list changes.notes as note>
${note}

</#list>
<#if changes.count == 0>
Nothing changed since ${changes.since}.
<#else>
| Action | Change | Was | Now |
| --- | --- | --- | --- |
<#list changes.added + changes.changed + changes.removed as c>
| ${c.id} ${c.title} | ${c.what} | ${c.from} | ${c.to} |
</#list>
</#if>
</#if>
<#list objectives as o>

## Objective ${o.id}: ${o.name}

**Aim:** ${o.aim}
<#if o.summary??>

${o.summary.md}
</#if>
<#list o.actions as a>

### ${a.id}<#if a.titled> ${a.title}</#if>

<#if a.theme??>
- **Theme:** ${a.theme}
</#if>
- **Lead:** <@leads a/>
<#if a.owner??>
- **Owner:** ${a.owner}
</#if>
- **Status:** <@status a.status/><#if a.trend??>
- **Since ${summary.then.since}:** <@trend a/></#if>
- **Timescale:** <#if a.timescale?? && a.timescaleIsDue><@due a/><#elseif a.timescale??>${a.timescale}<#if a.due??>, due <@due a/><#else>, no due date</#if><#else>none</#if>
<#if a.resources?has_content>
- **Resources:** <#list a.resources as r>${r}<#sep>, </#list>
</#if>
<#if a.serves?has_content>
- **Serves:** <#list a.serves as item>${item}<#sep>; </#list>
</#if>
<#if a.risks?has_content>
- **Responds to:** <#list a.risks as r>${r}<#sep>; </#list>
</#if>

**Action**

${a.action.md}
<#if a.successCriteria?has_content>

**Success criteria**

<#list a.successCriteria as c>
- ${c.item}
</#list>
</#if>
<#if a.notes??>

**Notes**

${a.notes.md}
</#if>
<#if a.evidence?has_content>

**Evidence**

<#list a.evidence as e>
- ${e.item}
</#list>
</#if>
<#list a.recent as u>

**${u.date.text}<#if u.status??> (${u.status.label})</#if>**<#if u.note??>

${u.note.md}</#if>
</#list>
<#if !a.recent?has_content && a.lastUpdate??>

**Newest update, ${a.lastUpdate.date.text}<#if a.lastUpdate.status??> (${a.lastUpdate.status.label})</#if>**<#if a.lastUpdate.note??>

${a.lastUpdate.note.md}</#if>
</#if>
</#list>
</#list>
</#if>

---
Made by prevent from the plan's files on ${made}, as of ${asOf.text}<#if templates??>, with the templates in ${templates}</#if>.<#if plan.marking??>

**${plan.marking}**</#if>
