<#-- The working group's paper. Restyle freely: see docs/templates.md for the data this template sees.
     Output is HTML-escaped automatically; Markdown from the plan comes ready as x.html. -->
<#-- Each status has a shape as well as a colour and its words: never colour alone (WCAG 1.4.1). -->
<#assign shapes = ["▲", "◆", "●", "■", "▼", "◇"]>
<#macro status s=""><#if s?has_content><span class="status status-${s.rank}"><span class="shape" aria-hidden="true"><#if s.closed>✓<#else>${shapes[s.rank % shapes?size]}</#if></span> ${s.label}</span><#else><span class="status status-none"><span class="shape" aria-hidden="true">○</span> Not assessed</span></#if></#macro>
<#macro leads a><#if a.leadNames?has_content><#list a.leadNames as name>${name} (${a.lead[name?index]})<#sep>, </#list><#else><span class="missing">No lead</span></#if></#macro>
<#macro trend a><#if a.trend??><span class="trend trend-${a.trend.word}"><span aria-hidden="true">${a.trend.arrow}</span> ${a.trend.word}</span><#if a.trend.was??> <span class="wording">(was ${a.trend.was.label})</span></#if></#if></#macro>
<#macro change n><#if n gt 0>+${n}<#elseif n lt 0>−${-n}<#else>–</#if></#macro>
<#macro due a><#if a.due??>${a.due.text}<#if a.overdue> <strong class="overdue">Overdue</strong></#if><#else>No due date</#if></#macro>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="prevent">
<title>${plan.title} ${plan.period} – as of ${asOf.text}</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0 auto; max-width: 1400px; padding: 1.5rem; font: 16px/1.45 Arial, Helvetica, "DejaVu Sans", "Lohit Bengali", sans-serif; color: #0b0c0c; background: #fff; }
  h1 { font-size: 2rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0b0c0c; padding-bottom: .2rem; }
  h3 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
  a { color: #1d70b8; }
  .meta { color: #505a5f; margin: 0 0 1rem; }
  .aims, .summary-text { max-width: 60rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  table.compact { width: auto; min-width: 22rem; }
  caption { text-align: left; font-weight: bold; padding: .25rem 0; }
  th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  thead th { background: #f3f2f1; }
  td.number, th.number { text-align: right; }
  .actions { table-layout: fixed; }
  .actions th[scope=row] { font-weight: normal; }
<#-- Each objective's columns are as wide as what they hold needs (its widths): a class per width used, each rule once,
     as a rule per objective made the PDF renderer weigh every objective's rules at every element of the paper. -->
<#list widths as w>
  .w${w} { width: ${w}%; }
</#list>
  .serves { color: #505a5f; }
  .details { margin: 0; } .details dt { font-weight: bold; float: left; clear: left; margin-right: .3em; }
  .details dt::after { content: ":"; } .details dd { margin: 0 0 .3rem; }
  .actions td p, .actions th p { margin: 0 0 .4rem; }
  .actions ul { margin: 0; padding-left: 1.1rem; }
  .id { font-weight: bold; }
  .title { font-weight: bold; display: block; }
  .theme { display: block; color: #505a5f; font-size: .9rem; }
  .status { display: inline-block; padding: .05rem .45rem; border-radius: 2px; font-weight: bold; white-space: nowrap; }
  .status-none { background: #fff; color: #0b0c0c; border: 1px dashed #505a5f; }
<#list plan.statuses as s>
  .status-${s.rank} { background: ${s.colour}; color: ${s.textColour}; }
</#list>
  .overdue { color: #d4351c; }
  .missing { color: #505a5f; font-style: italic; }
  .update { border-left: 3px solid #b1b4b6; padding-left: .5rem; margin-top: .4rem; }
  figure { margin: .5rem 0 1rem; }
  .chart { max-width: 100%; height: auto; }
  figcaption { color: #505a5f; font-size: .9rem; }
  .legend > .status { margin-right: 1rem; }
  .wording { color: #505a5f; }
  .trend { font-weight: bold; white-space: nowrap; }
  .trend-worse { color: #d4351c; }
  .draft { border: 4px solid #d4351c; padding: .5rem 1rem; margin: 0 0 1rem; }
  .draft h2 { margin-top: 0; color: #0b0c0c; }
  .marking { text-align: center; font-weight: bold; letter-spacing: .05em; border: 2px solid #0b0c0c; padding: .15rem; margin: 0 0 1rem; }
  /* The PDF embeds Liberation Sans as Arial, and DejaVu Sans and Lohit Bengali for other scripts. */
  @page { size: ${paper} landscape; margin: 14mm 10mm 13mm 20mm;
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; } }
  @media print {
    html { font-size: 8pt; }
    body { max-width: none; padding: 0; font-size: 8pt; line-height: 1.1; }
    h1 { font-size: 16pt; } h2 { font-size: 12pt; margin: 1rem 0 .3rem; } h3 { font-size: 10pt; }
    .aims, .summary-text { max-width: none; }
    /* Nothing smaller than 8 pt on paper: captions and themes are grey, not smaller. */
    figcaption, .theme { font-size: 1rem; }
    th, td { padding: .1rem .3rem; }
    .actions td p, .actions th p { margin: 0 0 .1rem; }
    .details dd { margin: 0 0 .15rem; }
    table { -fs-table-paginate: paginate; margin: .3rem 0 .6rem; }
    /* The charts' words print at 8 pt or more: the objectives' chart beside the status table, the year's wide. */
    .status-block { float: right; width: 34%; }
    /* Page 1 is the chair's: what needs attention beside the counts, what changed under them; the figures follow. */
    .chair { page-break-after: always; break-after: page; }
    .chair.alone { page-break-after: auto; break-after: auto; }
    .chair .attention-block { width: 64%; }
    .chair .moved { clear: both; }
    .chair h3 { margin: .4rem 0 .2rem; }
    a.page-ref::after { content: ", page " target-counter(attr(href), page); }
    .summary-chart { width: 64%; margin: .3rem 0 0; }
    .summary > table, .year { clear: both; }
    .summary-chart .chart { width: 100%; }
    .year .chart { width: 75%; }
    /* A short table is kept whole, its caption with it; a long one runs on with its header row repeated. */
    table.keep { page-break-inside: avoid; break-inside: avoid; }
    h2 { break-after: avoid; page-break-after: avoid; }
    tr, figure { break-inside: avoid; page-break-inside: avoid; }
    /* An action's row is kept whole, on one page, unless it is taller than a page. A heading and the text
       under it stay with the table's first row. */
    /* An objective's heading, its table's header row and its first action stay together. */
    .objective-head, .actions caption, .actions thead { page-break-after: avoid; break-after: avoid; }
    caption { page-break-inside: avoid; break-inside: avoid; }
    thead { display: table-header-group; }
    a { color: inherit; text-decoration: none; }
  }
</style>
</head>
<body>
<header>
<#if plan.marking??>
  <p class="marking">${plan.marking}</p>
</#if>
  <h1>${plan.title}</h1>
  <p class="meta">Period ${plan.period}<#if plan.version??> · Version ${plan.version}</#if><#if plan.issued??> · Issued ${plan.issued.text}</#if><#if plan.owner??> · ${plan.owner}</#if> · As of <strong>${asOf.text}</strong></p>
<#if summary.then??>
  <p class="meta">Compared with <strong>${summary.then.since}</strong><#if summary.then.since != summary.then.day.iso> (${summary.then.day.text})</#if>.</p>
</#if>
<#if scope??>
  <p class="meta">This report covers ${scope}.</p>
</#if>
</header>
<main>
<#if draft??>
<section class="draft" aria-labelledby="draft">
  <h2 id="draft">${draft.heading}</h2>
  <p>This paper is not finished: the plan still has placeholder text or a word such as TBC.</p>
</section>
</#if>
<#-- Page 1, the chair's page: the counts and their change since the meeting, what needs attention, what changed. -->
<#assign attentionShown = 8>
<#assign changesShown = 6>
<section class="summary chair<#if summaryOnly> alone</#if>" aria-labelledby="summary">
  <h2 id="summary">Summary</h2>
  <div class="status-block">
  <table class="compact keep">
    <caption>Actions by status, as of ${asOf.text}</caption>
    <thead><tr><th scope="col">Status</th><th scope="col" class="number">Actions</th><#if summary.then??><th scope="col" class="number">At ${summary.then.since}</th><th scope="col" class="number">Change</th></#if></tr></thead>
    <tbody>
<#list summary.byStatus as row>
      <tr><th scope="row"><@status row.status/><#if row.status.description??> <span class="wording">${row.status.wording}</span></#if></th><td class="number">${row.count}</td><#if summary.then??><td class="number">${summary.then.byStatus[row?index].count}</td><td class="number"><@change row.count - summary.then.byStatus[row?index].count/></td></#if></tr>
</#list>
      <tr><th scope="row"><@status/></th><td class="number">${summary.notAssessed}</td><#if summary.then??><td class="number">${summary.then.notAssessed}</td><td class="number"><@change summary.notAssessed - summary.then.notAssessed/></td></#if></tr>
      <tr><th scope="row"><strong>All actions</strong></th><td class="number"><strong>${summary.total}</strong></td><#if summary.then??><td class="number"><strong>${summary.total}</strong></td><td class="number"></td></#if></tr>
    </tbody>
  </table>
  <p><strong>Overdue:</strong> ${summary.overdue} of the ${summary.total} actions, whatever their status.</p>
  </div>
  <section class="attention-block" aria-labelledby="attention">
  <h3 id="attention">Needs attention</h3>
<#if attention?has_content>
  <table>
    <caption>Off track, at risk, overdue or long without an update, worst first<#if attention?size gt attentionShown>: the first ${attentionShown} of ${attention?size}</#if></caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Lead</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead>
    <tbody>
<#list attention as item>
<#if item?index == attentionShown><#break></#if>
<#assign a = item.action>
      <tr><th scope="row"><a href="#${a.anchor}"><span class="id">${a.id}</span> ${a.title}</a></th><td><@leads a/></td><td><@status a.status/><#if a.trend??> <@trend a/></#if></td><td><#list item.reasons as why>${why}<#sep>; </#list></td></tr>
</#list>
    </tbody>
  </table>
<#if attention?size gt attentionShown>
  <p class="more">And ${attention?size - attentionShown} more<#if summaryOnly>, listed in the full paper.<#else>: <a class="page-ref" href="#attention-all">the whole list</a>.</#if></p>
</#if>
<#else>
  <p>No action is off track, at risk, overdue or long without an update.</p>
</#if>
  </section>
<#if changes??>
  <section class="moved" aria-labelledby="moved">
  <h3 id="moved">Changed since ${changes.since}</h3>
<#if changes.count == 0>
  <p>Nothing changed since ${changes.since}.</p>
<#else>
  <ul>
<#list changes.added + changes.changed + changes.removed as c>
<#if c?index == changesShown><#break></#if>
    <li><span class="id">${c.id}</span> ${c.title}: ${c.what}<#if c.from?has_content || c.to?has_content> (<#if c.from?has_content>${c.from}</#if> → <#if c.to?has_content>${c.to}</#if>)</#if></li>
</#list>
  </ul>
<#if changes.count gt changesShown>
  <p class="more">And ${changes.count - changesShown} more: <a class="page-ref" href="#changes">all the changes</a>.</p>
</#if>
</#if>
  </section>
</#if>
</section>
<#if !summaryOnly>

<section class="summary figures" aria-labelledby="figures">
  <h2 id="figures">The plan in figures</h2>
<#if summary.chart>
  <figure class="summary-chart">
    <svg role="img" aria-labelledby="chart-title" viewBox="0 0 1000 ${summary.byObjective?size * 56 + 10}" width="1000" height="${summary.byObjective?size * 56 + 10}" class="chart" xmlns="http://www.w3.org/2000/svg">
      <title id="chart-title">Status of actions by objective</title>
<#list summary.byObjective as o>
<#-- Each objective's name on a line of its own above its bar, the whole width to itself: never cut by the bar. -->
      <g transform="translate(0 ${o?index * 56 + 5})">
        <text x="0" y="16" font-size="18" font-family="Arial, Helvetica, sans-serif" fill="#0b0c0c">Objective ${o.id}: ${o.name}</text>
<#list o.bar as seg>
        <rect x="${seg.x * 9.9}" y="22" width="${seg.width * 9.9}" height="26" fill="<#if seg.status??>${seg.status.colour}<#else>#ffffff</#if>" stroke="#0b0c0c" stroke-width="1"<#if !seg.status??> stroke-dasharray="6 3"</#if>><title>${seg.label}: ${seg.count}</title></rect>
        <text x="${(seg.x + seg.width / 2) * 9.9}" y="41" font-size="18" font-family="Arial, Helvetica, sans-serif" text-anchor="middle" fill="<#if seg.status??>${seg.status.textColour}<#else>#0b0c0c</#if>">${seg.count}</text>
</#list>
      </g>
</#list>
    </svg>
    <figcaption class="legend">Each bar is one objective's actions, worst status first; the number in each part is its count of actions:
<#list plan.statuses as s> <@status s/></#list> <@status/>. The table below gives the same figures.</figcaption>
  </figure>
</#if>

<#if year??>
  <figure class="year">
<#assign slot = 900 / year.meetings?size>
    <svg role="img" aria-labelledby="year-title" viewBox="0 0 1000 250" width="1000" height="250" class="chart" xmlns="http://www.w3.org/2000/svg">
      <title id="year-title">Actions by status at each meeting of the year</title>
      <line x1="80" y1="200" x2="990" y2="200" stroke="#0b0c0c" stroke-width="1"/>
      <text x="75" y="24" font-size="16" font-family="Arial, Helvetica, sans-serif" text-anchor="end" fill="#0b0c0c">${year.widest}</text>
      <text x="75" y="204" font-size="16" font-family="Arial, Helvetica, sans-serif" text-anchor="end" fill="#0b0c0c">0</text>
<#list year.meetings as m>
      <g transform="translate(${90 + m?index * slot} 0)">
<#list m.bar as seg>
        <rect x="0" y="${200 - (seg.x + seg.width) * 1.8}" width="${slot * 0.6}" height="${seg.width * 1.8}" fill="<#if seg.status??>${seg.status.colour}<#else>#ffffff</#if>" stroke="#0b0c0c" stroke-width="1"<#if !seg.status??> stroke-dasharray="6 3"</#if>><title>${m.name}: ${seg.label} ${seg.count}</title></rect>
</#list>
        <text x="${slot * 0.3}" y="222" font-size="16" font-family="Arial, Helvetica, sans-serif" text-anchor="middle" fill="#0b0c0c"><#if m.name == m.day.iso>${m.day.text}<#else>${m.name}</#if></text>
<#if m.name != m.day.iso>
        <text x="${slot * 0.3}" y="242" font-size="15" font-family="Arial, Helvetica, sans-serif" text-anchor="middle" fill="#505a5f">${m.day.text}</text>
</#if>
      </g>
</#list>
    </svg>
    <figcaption class="legend">The year: actions by status at each meeting (${year.source}), worst status at the foot of each bar:
<#list plan.statuses as s> <@status s/></#list> <@status/>. The table below gives the same figures.</figcaption>
  </figure>
  <table class="keep">
    <caption>Actions by status at each meeting of the year</caption>
    <thead><tr><th scope="col">Meeting</th><#list plan.statuses as s><th scope="col" class="number">${s.label}</th></#list><th scope="col" class="number">Not assessed</th><th scope="col" class="number">All</th></tr></thead>
    <tbody>
<#list year.meetings as m>
      <tr><th scope="row"><#if m.name == m.day.iso>${m.day.text}<#else>${m.name} (${m.day.text})</#if></th><#list m.counts as c><td class="number">${c.count}</td></#list><td class="number">${m.notAssessed}</td><td class="number">${m.total}</td></tr>
</#list>
    </tbody>
  </table>
</#if>

  <table class="keep">
    <caption>Actions by objective</caption>
    <thead>
      <tr><th scope="col">Objective</th><#list plan.statuses as s><th scope="col" class="number">${s.label}</th></#list><th scope="col" class="number">Not assessed</th><th scope="col" class="number">Overdue</th><th scope="col" class="number">All</th></tr>
    </thead>
    <tbody>
<#list summary.byObjective as o>
      <tr><th scope="row">${o.id}. ${o.name}</th><#list o.counts as c><td class="number">${c.count}</td></#list><td class="number">${o.notAssessed}</td><td class="number">${o.overdue}</td><td class="number">${o.total}</td></tr>
</#list>
    </tbody>
  </table>

  <table class="keep">
    <caption>Actions by lead agency</caption>
    <thead>
      <tr><th scope="col">Lead</th><#list plan.statuses as s><th scope="col" class="number">${s.label}</th></#list><th scope="col" class="number">Not assessed</th><th scope="col" class="number">Overdue</th><th scope="col" class="number">Led</th></tr>
    </thead>
    <tbody>
<#list summary.byLead as l>
      <tr><th scope="row">${l.name} (${l.code})</th><#list l.counts as c><td class="number">${c.count}</td></#list><td class="number">${l.notAssessed}</td><td class="number">${l.overdue}</td><td class="number">${l.total}</td></tr>
</#list>
<#assign l = summary.noLead>
      <tr><th scope="row"><span class="missing">No lead</span></th><#list l.counts as c><td class="number">${c.count}</td></#list><td class="number">${l.notAssessed}</td><td class="number">${l.overdue}</td><td class="number">${l.total}</td></tr>
    </tbody>
  </table>
</section>
<#if attention?size gt attentionShown>

<section aria-labelledby="attention-all">
  <h2 id="attention-all">Needs attention: all ${attention?size}</h2>
  <table>
    <caption>Off track, at risk, overdue or long without an update, worst first, as of ${asOf.text}</caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Lead</th><th scope="col">Status</th><#if summary.then??><th scope="col">Since ${summary.then.since}</th></#if><th scope="col">Due</th><th scope="col">Why</th></tr></thead>
    <tbody>
<#list attention as item>
<#assign a = item.action>
      <tr><th scope="row"><a href="#${a.anchor}"><span class="id">${a.id}</span> ${a.title}</a></th><td><@leads a/></td><td><@status a.status/></td><#if summary.then??><td><@trend a/></td></#if><td><@due a/></td><td><#list item.reasons as why>${why}<#sep>; </#list></td></tr>
</#list>
    </tbody>
  </table>
</section>
</#if>

<#if plan.aims??>
<section class="aims" aria-labelledby="aims">
  <h2 id="aims">Aims</h2>
  ${plan.aims.html}
</section>
</#if>

<#if coverage??>
<section aria-labelledby="coverage">
  <h2 id="coverage">Coverage of the duty</h2>
  <table>
    <caption>Actions serving each area of the Prevent duty that the plan declares</caption>
    <thead>
      <tr><th scope="col">Area</th><#list plan.statuses as s><th scope="col" class="number">${s.label}</th></#list><th scope="col" class="number">Not assessed</th><th scope="col" class="number">Overdue</th><th scope="col" class="number">Open</th><th scope="col" class="number">All</th><th scope="col">Verdict</th><th scope="col">Actions</th></tr>
    </thead>
    <tbody>
<#list coverage as d>
      <tr><th scope="row">${d.name}<#if d.description??><span class="theme">${d.description}</span></#if></th><#list d.counts as c><td class="number">${c.count}</td></#list><td class="number">${d.notAssessed}</td><td class="number">${d.overdue}</td><td class="number">${d.open}</td><td class="number">${d.actions}</td><td><#if d.covered>${d.verdict}<#else><strong class="overdue">${d.verdict}</strong></#if></td><td><#list d.served as a><#if a.anchor??><a href="#${a.anchor}">${a.id}</a><#else>${a.id}</#if><#sep>, </#list></td></tr>
</#list>
    </tbody>
  </table>
</section>

</#if>
<#list frameworks as f>
<section aria-labelledby="coverage-${f.id}">
  <h2 id="coverage-${f.id}"><#if f.id == "risks">${f.name}<#else>Coverage of ${f.name}</#if></h2>
  <table class="compact">
    <caption><#if f.id == "risks">Actions responding to each local risk priority, worst-rated first<#else>Actions serving each item of ${f.name}</#if></caption>
    <thead><tr><th scope="col"><#if f.id == "risks">Risk<#else>Item</#if></th><th scope="col" class="number">Open</th><th scope="col" class="number">Overdue</th><th scope="col" class="number">All</th><th scope="col">Verdict</th><th scope="col">Actions</th></tr></thead>
    <tbody>
<#list f.rows as d>
      <tr><th scope="row">${d.name}<#if d.description??><span class="theme">${d.description}</span></#if></th><td class="number">${d.open}</td><td class="number">${d.overdue}</td><td class="number">${d.actions}</td><td><#if d.covered>${d.verdict}<#else><strong class="overdue">${d.verdict}</strong></#if></td><td><#list d.served as a><#if a.anchor??><a href="#${a.anchor}">${a.id}</a><#else>${a.id}</#if><#sep>, </#list></td></tr>
</#list>
    </tbody>
  </table>
</section>

</#list>
<#if assurance?has_content>
<section aria-labelledby="assurance">
  <h2 id="assurance">Self-assessment</h2>
  <table class="compact">
    <caption>Items of each framework by rating, from assurance.yaml (the ratings, evidence and gaps: <code>prevent assurance</code>)</caption>
    <thead><tr><th scope="col">Framework</th><th scope="col" class="number">Items</th><th scope="col" class="number">Met or better</th><th scope="col" class="number">Below met</th><th scope="col" class="number">Not rated</th></tr></thead>
    <tbody>
<#list assurance as f>
      <tr><th scope="row">${f.name}</th><td class="number">${f.items}</td><td class="number">${f.metOrBetter}</td><td class="number"><#if f.belowMet gt 0><strong class="overdue">${f.belowMet}</strong><#else>0</#if></td><td class="number">${f.unrated}</td></tr>
</#list>
    </tbody>
  </table>
</section>

</#if>

<#if changes??>
<section aria-labelledby="changes">
  <h2 id="changes">Changes since ${changes.since}</h2>
<#list changes.notes as note>
  <p class="meta">${note}</p>
</#list>
<#if changes.count == 0>
  <p>Nothing changed since ${changes.since}.</p>
<#else>
  <table>
    <caption>What moved since ${changes.since}: ${changes.added?size} added, ${changes.removed?size} removed, ${changes.changed?size} changes</caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Change</th><th scope="col">Was</th><th scope="col">Now</th></tr></thead>
    <tbody>
<#list changes.added + changes.changed + changes.removed as c>
      <tr><th scope="row"><span class="id">${c.id}</span> ${c.title}</th><td>${c.what}</td><td>${c.from}</td><td>${c.to}</td></tr>
</#list>
    </tbody>
  </table>
</#if>
</section>
</#if>

<#list objectives as o>
<section aria-labelledby="${o.anchor}">
  <div class="objective-head">
  <h2 id="${o.anchor}">Objective ${o.id}: ${o.name}</h2>
  <p><strong>Aim:</strong> ${o.aim}</p>
<#if o.summary??>
  <div class="summary-text">${o.summary.html}</div>
</#if>
  </div>
  <table class="actions">
    <caption>Actions of objective ${o.id}</caption>
    <colgroup><col class="c-action w${o.widths[0]}"><col class="c-details w${o.widths[1]}"><col class="c-criteria w${o.widths[2]}"><col class="c-notes w${o.widths[3]}"></colgroup>
    <thead>
      <tr><th scope="col">Action</th><th scope="col">Lead, status, timescale, resources</th><th scope="col">Success criteria</th><th scope="col">Notes and updates</th></tr>
    </thead>
    <tbody>
<#list o.actions as a>
      <tr id="${a.anchor}">
        <th scope="row"><span class="title"><span class="id">${a.id}</span><#if a.titled && !a.titleInText> ${a.title}</#if></span><#-- A theme shared by the actions before it is said once, at the first. -->
<#if a.theme?? && (a?index == 0 || !o.actions[a?index - 1].theme?? || o.actions[a?index - 1].theme.text != a.theme.text)><span class="theme">${a.theme}</span></#if>${a.action.html}<#if a.serves?has_content || a.risks?has_content><p class="serves"><#if a.serves?has_content>Serves <#list a.serves as item>${item}<#sep>; </#list>.</#if><#if a.risks?has_content><#if a.serves?has_content> </#if>Responds to <#list a.risks as r>${r}<#sep>; </#list>.</#if></p></#if></th>
        <td><dl class="details">
          <dt>Lead</dt><dd><@leads a/></dd>
<#if a.owner??>
          <dt>Owner</dt><dd>${a.owner}</dd>
</#if>
          <dt>Status</dt><dd><@status a.status/></dd>
<#if a.trend??>
          <dt>Since ${summary.then.since}</dt><dd><@trend a/></dd>
</#if>
          <dt>Timescale</dt><dd><#if a.timescale?? && a.timescaleIsDue><@due a/><#elseif a.timescale??>${a.timescale}<#if a.due??>, due <@due a/></#if><#else><span class="missing">No timescale</span></#if></dd>
<#if a.resources?has_content>
          <dt>Resources</dt><dd><#list a.resources as r>${r}<#sep>, </#list></dd>
</#if>
        </dl></td>
        <td><#if a.successCriteria?has_content><ul><#list a.successCriteria as c><li>${c.html}</li></#list></ul></#if></td>
        <td><#if a.notes??>${a.notes.html}</#if><#-- The updates since the meeting, newest first; with none since, the newest before it. -->
<#list a.recent as u><div class="update"><strong>${u.date.text}<#if u.status??>: <@status u.status/></#if></strong><#if u.note??>${u.note.html}</#if></div></#list><#if !a.recent?has_content && a.lastUpdate??><div class="update"><strong>Newest update, ${a.lastUpdate.date.text}<#if a.lastUpdate.status??>: <@status a.lastUpdate.status/></#if></strong><#if a.lastUpdate.note??>${a.lastUpdate.note.html}</#if></div></#if><#if a.evidence?has_content><div class="evidence"><strong>Evidence</strong><ul><#list a.evidence as e><li>${e.html}</li></#list></ul></div></#if></td>
      </tr>
</#list>
    </tbody>
  </table>
</section>
</#list>
</#if>
</main>
<footer>
<#if plan.marking??>
  <p class="marking">${plan.marking}</p>
</#if>
  <p class="meta">Made by prevent from the plan's files on ${made}, as of ${asOf.text}<#if templates??>, with the templates in ${templates}</#if>.</p>
</footer>
</body>
</html>
