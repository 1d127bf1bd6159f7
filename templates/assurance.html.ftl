<#-- The self-assessment paper the board signs off before the return to the Home Office. Restyle freely: see
     docs/templates.md for the data this template sees. Output is HTML-escaped automatically.
     Each rating has a symbol and its words as well as a colour: never colour alone (WCAG 1.4.1). -->
<#macro rating r=""><#if r?has_content><span class="rating${r.gap?then(' gap', '')}"><span class="symbol" aria-hidden="true">${r.symbol}</span> ${r.label}</span><#else><span class="rating unrated"><span class="symbol" aria-hidden="true">–</span> Not rated</span></#if></#macro>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="prevent">
<title>${plan.title} – self-assessment as of ${asOf}</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; font: 16px/1.45 Arial, Helvetica, "DejaVu Sans", sans-serif; color: #0b0c0c; background: #fff; }
  h1 { font-size: 2rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0b0c0c; padding-bottom: .2rem; }
  .meta { color: #505a5f; margin: 0 0 1rem; }
  .marking { font-weight: bold; text-align: center; letter-spacing: .05em; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  table.compact { width: auto; min-width: 22rem; }
  caption { text-align: left; font-weight: bold; padding: .25rem 0; }
  th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  thead th { background: #f3f2f1; }
  td.number, th.number { text-align: right; }
  tr { page-break-inside: avoid; }
  ul { margin: 0; padding-left: 1.1rem; }
  .rating { font-weight: bold; white-space: nowrap; }
  .rating.gap { color: #942514; }
  .rating.unrated { color: #505a5f; }
  .symbol { display: inline-block; min-width: 1.1em; }
  .overdue { color: #942514; }
  .change, .stale { color: #505a5f; font-style: italic; }
  .gaps { border-left: 6px solid #942514; padding: .25rem .75rem; }
  @page { size: A4 landscape; margin: 14mm 10mm 13mm 20mm;
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; } }
  @media print { body { max-width: none; padding: 0; font-size: 10pt; } }
</style>
</head>
<body>
<#if plan.marking??><p class="marking">${plan.marking}</p></#if>
<main>
<h1>${plan.title}: self-assessment</h1>
<p class="meta">Period ${plan.period} · As of <strong>${asOf}</strong> · Made ${made}<#if since??> · Compared with ${since}</#if></p>

<h2 id="summary">Summary</h2>
<#if frameworks?has_content>
<p>${items} items assessed across ${frameworks?size} framework<#if frameworks?size != 1>s</#if>; <strong>${gaps}</strong> below met or not rated.</p>
<table class="compact">
  <caption>Items at each rating</caption>
  <thead><tr><th scope="col">Framework</th><#list scale as r><th scope="col" class="number"><@rating r/></th></#list><th scope="col" class="number">Not rated</th></tr></thead>
  <tbody>
  <#list frameworks as f>
    <tr><th scope="row"><a href="#framework-${f.id}">${f.name}</a></th><#list f.counts as c><td class="number">${c.count}</td></#list><td class="number">${f.unrated}</td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p>The plan declares no framework to assess.</p>
</#if>

<#list frameworks as f>
<h2 id="framework-${f.id}">${f.name}</h2>
<#if f.source??><p class="meta">${f.source}</p></#if>
<table>
  <caption>${f.name}: each item, its rating and evidence</caption>
  <thead><tr><th scope="col">Item</th><th scope="col">Rating</th><th scope="col">Evidence</th><th scope="col">Why</th></tr></thead>
  <tbody>
  <#list f.items as i>
    <tr>
      <th scope="row">${i.name} <span class="meta">(${i.key})</span></th>
      <td><@rating i.rating!""/><#if i.date??><br><span class="meta">${i.date}<#if i.assessor??>, ${i.assessor}</#if></span></#if><#if i.stale><br><span class="stale">More than a year old</span></#if><#if i.change??><br><span class="change">${i.change}</span></#if></td>
      <td><#if i.actions?has_content || i.documents?has_content><ul><#list i.actions as e><li>${e.id} ${e.heading}: ${e.status}<#if e.overdue>, <strong class="overdue">overdue</strong></#if><#if e.trend??> <span class="trend">${e.trend}</span></#if></li></#list><#list i.documents as d><li><#if d.link><a href="${d.text}">${d.text}</a><#else>${d.text}</#if></li></#list></ul><#else>None given</#if></td>
      <td>${i.comment!""}</td>
    </tr>
  </#list>
  </tbody>
</table>
<#assign gapItems = f.items?filter(i -> i.gap)>
<#if gapItems?has_content>
<div class="gaps">
<h3>Gaps in ${f.name}</h3>
<ul><#list gapItems as i><li>${i.name}: <#if i.rating??>${i.rating.label}<#else>not rated</#if></li></#list></ul>
</div>
</#if>
</#list>

<#if risks?has_content>
<h2 id="risks">Local risk priorities</h2>
<table>
  <caption>Each local risk priority, worst-rated first, and the actions that respond to it</caption>
  <thead><tr><th scope="col">Risk</th><th scope="col">Rating</th><th scope="col">Actions</th></tr></thead>
  <tbody>
  <#list risks as r>
    <tr>
      <th scope="row">${r.name}<#if r.reference??><br><span class="meta">${r.reference}</span></#if></th>
      <td>${r.rating!"Not rated"}</td>
      <td><#if r.actions?has_content><ul><#list r.actions as e><li>${e.id} ${e.heading}: ${e.status}<#if e.overdue>, <strong class="overdue">overdue</strong></#if><#if e.trend??> <span class="trend">${e.trend}</span></#if></li></#list></ul></#if><#if !r.addressed><strong class="overdue">No open action addresses it.</strong></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</#if>
</main>
</body>
</html>
