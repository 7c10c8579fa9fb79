/// The roadmap page's style sheet: system fonts only (nothing to download), the status
/// palette, a dark theme for `prefers-color-scheme: dark`, and print rules for a legible PDF
/// (links followed by their address). No `<` or `&`, so the page stays XML.
enum PageStyle {
    static let css = """
        :root {
          --ink: #0f172a; --muted: #5b6b80; --line: #e2e8f0; --paper: #ffffff; --ground: #f1f5f9; --stripe: #f8fafc;
          --link: #2563eb; --node-link: #1d4ed8;
          --done: #16a34a; --done-fill: #dcfce7; --done-ink: #14532d;
          --progress: #b45309; --progress-fill: #fef3c7; --progress-ink: #78350f;
          --ready: #2563eb; --ready-fill: #dbeafe; --ready-ink: #1e3a8a;
          --later: #7c8aa0; --later-fill: #ffffff; --later-ink: #334155; --later-pill: #f8fafc;
          --skipped: #7f8da3; --skipped-fill: #f1f5f9; --skipped-ink: #56657a;
          --target: #1e293b; --target-line: #1e293b; --target-ink: #ffffff; --target-label: #93c5fd; --today: #dc2626; --marker-ink: #ffffff;
          --edge: #7f8da3; --edge-met: #2f9e55; --grid: #e2e8f0; --tick: #cbd5e1;
          --hero-from: #0f172a; --hero-to: #1e3a8a; --hero-ink: #ffffff; --hero-muted: #cbd5e1;
          --hero-card: rgba(255, 255, 255, .1); --hero-warn: rgba(220, 38, 38, .25); --hero-meter: #4ade80; --hero-track: rgba(255, 255, 255, .2);
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0; background: var(--ground); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
        }
        main { max-width: 1200px; margin: 0 auto; padding: 28px 24px 40px; }
        a { color: var(--link); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .hero {
          background: linear-gradient(135deg, var(--hero-from) 0%, var(--hero-to) 100%); color: var(--hero-ink);
          border-radius: 18px; padding: 28px 32px 26px;
        }
        .eyebrow { text-transform: uppercase; letter-spacing: .12em; font-size: 12px; font-weight: 600; color: var(--hero-muted); margin: 0; }
        h1 { font-size: 30px; line-height: 1.2; margin: 6px 0 8px; font-weight: 700; }
        .lede { margin: 0; font-size: 16px; }
        .verdict { margin: 10px 0 0; font-size: 13px; color: var(--hero-muted); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin-top: 22px; }
        .card { background: var(--hero-card); border: 1px solid rgba(255, 255, 255, .18); border-radius: 12px; padding: 12px 16px; }
        .card .label { font-size: 12px; text-transform: uppercase; letter-spacing: .08em; color: var(--hero-muted); }
        .card .value { font-size: 24px; font-weight: 700; line-height: 1.25; margin-top: 2px; }
        .card .note { font-size: 12.5px; color: var(--hero-muted); }
        .card.warn { background: var(--hero-warn); border-color: rgba(254, 202, 202, .5); }
        .bar-track { height: 8px; background: var(--hero-track); border-radius: 4px; margin-top: 8px; overflow: hidden; }
        .bar-fill { height: 100%; min-width: 8px; background: var(--hero-meter); border-radius: 4px; }
        section { background: var(--paper); border-radius: 16px; padding: 22px 24px 24px; margin-top: 22px; box-shadow: 0 1px 3px rgba(15, 23, 42, .08); }
        h2 { font-size: 19px; margin: 0 0 4px; }
        .hint { color: var(--muted); font-size: 13.5px; margin: 0 0 12px; }
        .legend { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 0 0 14px; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: 6px; }
        .swatch { width: 14px; height: 14px; border-radius: 4px; border: 2px solid; display: inline-block; }
        .swatch.done { background: var(--done-fill); border-color: var(--done); }
        .swatch.progress { background: var(--progress-fill); border-color: var(--progress); }
        .swatch.ready { background: var(--ready-fill); border-color: var(--ready); }
        .swatch.later { background: var(--later-fill); border-color: var(--later); }
        .swatch.skipped { background: var(--skipped-fill); border-color: var(--skipped); border-style: dashed; }
        .swatch.target { background: var(--target); border-color: var(--target-line); }
        .figure { overflow-x: auto; }
        svg { display: block; max-width: 100%; height: auto; margin: 0 auto; font-family: inherit; }
        svg.graph { max-width: none; margin: 0; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
        .edge { fill: none; stroke: var(--edge); stroke-width: 1.1; }
        .edge.met { stroke: var(--edge-met); }
        .arrowhead { fill: var(--edge); }
        .node .box { stroke-width: 1.5; }
        .node .name { font-size: 12.5px; font-weight: 650; }
        .node .meta { font-size: 11px; }
        .node .resource { font-size: 10.5px; fill: var(--node-link); }
        .node a:hover .resource { text-decoration: underline; }
        .node.done .box { fill: var(--done-fill); stroke: var(--done); }
        .node.done text { fill: var(--done-ink); }
        .node.progress .box { fill: var(--progress-fill); stroke: var(--progress); stroke-width: 2.5; }
        .node.progress text { fill: var(--progress-ink); }
        .node .meter { fill: var(--progress); }
        .node.ready .box { fill: var(--ready-fill); stroke: var(--ready); stroke-width: 2.5; }
        .node.ready text { fill: var(--ready-ink); }
        .node.later .box { fill: var(--later-fill); stroke: var(--later); }
        .node.later text { fill: var(--later-ink); }
        .node.later .meta { fill: var(--muted); }
        .node.skipped .box { fill: var(--skipped-fill); stroke: var(--skipped); stroke-dasharray: 5 3; }
        .node.skipped text { fill: var(--skipped-ink); }
        .node .resource, .node.done .resource, .node.ready .resource, .node.later .resource { fill: var(--node-link); }
        .finish-line { stroke: #cbd5e1; stroke-width: 1.5; stroke-dasharray: 6 5; }
        .node.target .box { fill: var(--target); stroke: var(--target-line); }
        .node.target .role { fill: var(--target-ink); font-size: 14px; font-weight: 700; }
        .node.target .goal { fill: var(--target-label); font-size: 9.5px; font-weight: 700; letter-spacing: .14em; }
        .timeline-box { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 10px; overscroll-behavior-x: contain; }
        .timeline-head { position: sticky; top: 0; z-index: 1; width: max-content; background: var(--paper); border-bottom: 1px solid var(--line); }
        svg.timeline { max-width: none; margin: 0; }
        .timeline .backdrop { fill: var(--paper); }
        .timeline .grid { stroke: var(--grid); stroke-width: 1; }
        .timeline .stripe { fill: var(--stripe); }
        .timeline .tick { stroke: var(--tick); }
        .timeline .month { font-size: 11px; fill: var(--muted); }
        .timeline .year { font-size: 12px; fill: var(--ink); font-weight: 700; }
        .timeline .week { font-size: 10.5px; fill: var(--muted); }
        .timeline .label { font-size: 12px; fill: var(--ink); }
        .timeline .hours, .timeline .progress-figures { font-size: 11.5px; fill: var(--muted); }
        .timeline .bar { fill: var(--later); }
        .timeline .done .bar, .timeline .studied { fill: var(--done); }
        .timeline .progress .bar { fill: var(--progress-fill); stroke: var(--progress); }
        .timeline .progress .meter { fill: var(--progress); }
        .timeline .ready .bar { fill: var(--ready); }
        .timeline .skipped .bar { fill: var(--skipped-fill); stroke: var(--skipped); stroke-dasharray: 3 2; }
        .timeline .marker line { stroke-width: 1.5; }
        .timeline .marker text { font-size: 11px; font-weight: 700; fill: var(--marker-ink); }
        .timeline .today line { stroke: var(--today); }
        .timeline .today rect { fill: var(--today); }
        .timeline .deadline line { stroke: var(--ink); stroke-dasharray: 4 3; }
        .timeline .deadline rect { fill: var(--ink); }
        table { width: 100%; border-collapse: collapse; font-size: 13.5px; table-layout: fixed; }
        col.c-num { width: 3.5em; }
        col.c-skill { width: 18%; }
        col.c-hours { width: 4.5em; }
        col.c-when { width: 9.5em; }
        col.c-status { width: 9em; }
        col.c-why { width: 25%; }
        td { overflow-wrap: anywhere; }
        th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); border-bottom: 2px solid var(--line); padding: 8px 10px; }
        td { border-bottom: 1px solid var(--line); padding: 9px 10px; vertical-align: top; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        td.when { white-space: nowrap; color: var(--muted); }
        .skill { font-weight: 650; }
        .id { color: var(--muted); font-size: 12px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .why { color: var(--muted); }
        .pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid; }
        .pill.done { background: var(--done-fill); color: var(--done-ink); border-color: var(--done); }
        .pill.progress { background: var(--progress-fill); color: var(--progress-ink); border-color: var(--progress); }
        .pill.ready { background: var(--ready-fill); color: var(--ready-ink); border-color: var(--ready); }
        .pill.later { background: var(--later-pill); color: var(--later-ink); border-color: var(--later); }
        .pill.skipped { background: var(--skipped-fill); color: var(--skipped-ink); border-color: var(--skipped); }
        .kind { color: var(--muted); font-size: 12px; white-space: nowrap; }
        .meter-words { color: var(--muted); font-size: 12px; }
        span.study-meter { display: block; width: 6em; max-width: 100%; height: 6px; margin: 6px 0 2px; border-radius: 3px; background: var(--progress-fill); border: 1px solid var(--progress); overflow: hidden; }
        span.study-meter-fill { display: block; height: 100%; background: var(--progress); }
        .skill-list { list-style: none; margin: 0; padding: 0; columns: 2 320px; column-gap: 28px; }
        .skill-list li { break-inside: avoid; padding: 5px 0; border-bottom: 1px solid var(--line); }
        tr.week-start td { border-top: 2px solid var(--line); }
        footer { color: var(--muted); font-size: 12.5px; text-align: center; margin-top: 22px; }
        @media screen and (prefers-color-scheme: dark) {
          :root {
            color-scheme: dark;
            --ink: #e2e8f0; --muted: #a3b1c6; --line: #334155; --paper: #111827; --ground: #0b1220; --stripe: #0f172a;
            --link: #93c5fd; --node-link: #93c5fd;
            --done: #4ade80; --done-fill: #14532d; --done-ink: #dcfce7;
            --progress: #fbbf24; --progress-fill: #713f12; --progress-ink: #fef3c7;
            --ready: #93c5fd; --ready-fill: #1e3a8a; --ready-ink: #dbeafe;
            --later: #7b8aa1; --later-fill: #111827; --later-ink: #cbd5e1; --later-pill: #1f2937;
            --skipped: #6b7a90; --skipped-fill: #1f2937; --skipped-ink: #a3b1c6;
            --target: #334155; --target-line: #7b8aa1; --target-ink: #ffffff; --target-label: #bfdbfe; --today: #f87171; --marker-ink: #0b1220;
            --edge: #6b7b93; --edge-met: #2f9e55; --grid: #1f2937; --tick: #334155;
            --hero-from: #0f172a; --hero-to: #1e3a8a; --hero-ink: #ffffff; --hero-muted: #cbd5e1;
            --hero-card: rgba(255, 255, 255, .1); --hero-warn: rgba(220, 38, 38, .25); --hero-meter: #4ade80; --hero-track: rgba(255, 255, 255, .2);
          }
          section { box-shadow: none; border: 1px solid var(--line); }
          .finish-line { stroke: #475569; }
        }
        /* A phone: the steps become cards, each field under its name; the graph and the
           timeline keep their size and scroll sideways in their boxes; nothing is wider
           than the screen. */
        @media screen and (max-width: 700px) {
          body { font-size: 14px; }
          main { padding: 12px 10px 28px; }
          .hero { padding: 20px 18px; border-radius: 14px; }
          h1 { font-size: 24px; }
          .lede { font-size: 15px; }
          .cards { grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; margin-top: 16px; }
          section { padding: 16px 14px; border-radius: 14px; margin-top: 14px; }
          .skill-list { columns: 1; }
          table, tbody, tr, td { display: block; width: auto; }
          table { table-layout: auto; }
          colgroup, thead { display: none; }
          tr { border: 1px solid var(--line); border-radius: 12px; padding: 8px 12px; margin: 0 0 10px; }
          tr.week-start td { border-top: 0; }
          td, td.when { border: 0; padding: 3px 0 3px 6.5em; position: relative; white-space: normal; min-height: 1.5em; }
          td.num { text-align: left; }
          td::before { content: attr(data-label); position: absolute; left: 0; width: 6em; font-size: 11px; line-height: 1.9; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
          td.name { padding-left: 0; font-size: 15px; }
          td.step-number { padding-left: 0; font-size: 12px; color: var(--muted); }
          td.step-number::before { content: "Step "; position: static; width: auto; line-height: inherit; }
          td.name::before { content: none; }
        }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { background: #fff; font-size: 12px; }
          main { max-width: none; padding: 0; display: flex; flex-direction: column; }
          .hero { order: 0; }
          section.timeline-section { order: 1; }
          section.graph-section { order: 2; break-before: page; }
          section.steps-section { order: 3; }
          footer { order: 4; }
          .hero { border-radius: 10px; padding: 18px 22px; }
          h1 { font-size: 24px; }
          .cards { grid-template-columns: repeat(4, 1fr); gap: 8px; margin-top: 14px; }
          .card { padding: 8px 12px; }
          .card .value { font-size: 18px; }
          .alternative { display: none; }
          section { box-shadow: none; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin-top: 14px; }
          section.graph-section, section.timeline-section { break-inside: avoid; }
          section.steps-section { break-before: page; }
          .figure, .timeline-box { overflow: visible; max-height: none; border: 0; }
          /* The rows fit the page (a taller chart is scaled down); the header takes their width. */
          .timeline-box { width: fit-content; max-width: 100%; margin: 0 auto; }
          .timeline-head { position: static; width: auto; border: 0; }
          svg.graph { max-width: 100%; max-height: 235mm; width: 100%; }
          svg.timeline.head { width: 100%; height: auto; }
          svg.timeline.rows { width: auto; height: auto; max-width: 100%; max-height: 215mm; }
          table { font-size: 9.5px; }
          col.c-num { width: 2.6em; }
          col.c-skill { width: 19%; }
          col.c-hours { width: 4.4em; }
          col.c-when { width: 9.6em; }
          col.c-status { width: 7.6em; }
          col.c-why { width: 25%; }
          td { padding: 5px 5px; }
          th { padding: 6px 5px; font-size: 8.5px; letter-spacing: .02em; }
          .pill { font-size: 8.5px; padding: 0 5px; }
          .kind, .id, .meter-words { font-size: 9px; }
          tr { break-inside: avoid; }
          a { color: inherit; }
          /* On paper a link is its address: a resource can be found without a screen. */
          td a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8px; word-break: break-all; }
        }
        /* The graph: milestone bands and badges, and the highlight of a hovered or focused skill. */
        :root {
          --band-1: #7c3aed; --band-2: #0f766e; --band-3: #be185d; --band-4: #c2410c; --band-5: #0369a1; --band-6: #4d7c0f;
          --band-ink: #ffffff; --focus: #0f172a;
        }
        @media screen and (prefers-color-scheme: dark) {
          :root {
            --band-1: #c4b5fd; --band-2: #5eead4; --band-3: #f9a8d4; --band-4: #fdba74; --band-5: #7dd3fc; --band-6: #bef264;
            --band-ink: #0b1220; --focus: #f8fafc;
          }
        }
        .band-1 { --band: var(--band-1); } .band-2 { --band: var(--band-2); } .band-3 { --band: var(--band-3); }
        .band-4 { --band: var(--band-4); } .band-5 { --band: var(--band-5); } .band-6 { --band: var(--band-6); }
        .milestone .lane { fill: var(--band); }
        .milestone .lane-label { fill: var(--band); font-size: 11px; font-weight: 700; }
        .badge circle { fill: var(--band); }
        .badge text { fill: var(--band-ink); font-size: 10px; font-weight: 700; }
        .node .badge text { fill: var(--band-ink); }
        .band-number { display: inline-block; min-width: 18px; height: 18px; line-height: 18px; border-radius: 9px; text-align: center; font-size: 11px; font-weight: 700; background: var(--band); color: var(--band-ink); }
        .node[tabindex] { cursor: default; }
        .node:focus { outline: none; }
        .node:focus-visible .box { stroke: var(--focus); stroke-width: 3; }
        svg.graph .node, svg.graph .edge { transition: opacity .12s; }
        svg.graph.focusing .node[data-needs]:not(.lit), svg.graph.focusing .milestones { opacity: .25; }
        svg.graph.focusing .edge:not(.lit) { opacity: .1; }
        svg.graph .edge.lit { stroke: var(--ready); stroke-width: 2; }
        svg.graph .node.current .box { stroke: var(--focus); stroke-width: 3; }
        @media print { svg.graph .badge text, .band-number { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
        """
}
