namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>
/// The stylesheet of every page: a modern SharePoint team site in Fluent colours and type (suite bar, site header,
/// quick launch, page canvas on a 12-column grid). Inline, because the UI loads nothing, not even from itself.
/// </summary>
internal static class ShellStyles
{
    public const string Css = """
        :root { --theme: #0078d4; --theme-dark: #005a9e; --theme-lighter: #deecf9; --text: #323130; --text-2: #605e5c;
          --line: #edebe9; --lighter: #f3f2f1; --lighter-alt: #faf9f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Liberation Sans", sans-serif;
          font-size: 14px; color: var(--text); background: #fff; -webkit-font-smoothing: antialiased; }
        a { color: var(--theme-dark); text-decoration: none; } a:hover { text-decoration: underline; }
        .suite-bar { height: 48px; background: var(--theme); color: #fff; display: flex; align-items: center; padding: 0 8px 0 0; }
        .suite-bar .waffle { width: 48px; height: 48px; display: flex; align-items: center; justify-content: center; }
        .suite-bar .brand { font-size: 16px; font-weight: 600; color: #fff; padding: 0 12px; }
        .suite-bar .search { margin: 0 auto; width: 468px; max-width: 40%; height: 32px; border-radius: 4px; background: #fff; color: var(--text-2);
          display: flex; align-items: center; padding: 0 12px; font-size: 14px; }
        .suite-bar .tenant { font-size: 12px; opacity: .9; padding: 0 12px; }
        .avatar { width: 32px; height: 32px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center;
          color: #fff; font-size: 12px; font-weight: 600; flex: none; }
        .site-header { display: flex; align-items: center; gap: 16px; padding: 20px 32px; border-bottom: 1px solid var(--line); min-height: 104px; }
        .site-logo { width: 64px; height: 64px; border-radius: 4px; display: flex; align-items: center; justify-content: center;
          color: #fff; font-size: 24px; font-weight: 600; flex: none; overflow: hidden; }
        .site-logo img { width: 100%; height: 100%; object-fit: cover; }
        .site-title { font-size: 24px; font-weight: 600; margin: 0; line-height: 32px; }
        .site-title a { color: var(--text); }
        .site-meta { margin-left: auto; color: var(--text-2); font-size: 12px; }
        .top-nav { display: flex; gap: 4px; padding: 0 24px; border-bottom: 1px solid var(--line); }
        .top-nav a { display: inline-block; padding: 12px 8px; color: var(--text); }
        .top-nav a.is-selected { box-shadow: inset 0 -2px 0 var(--theme); font-weight: 600; }
        .body { display: flex; min-height: calc(100vh - 153px); }
        .quick-launch { width: 220px; flex: none; padding: 16px 0; background: var(--lighter-alt); border-right: 1px solid var(--line); }
        .quick-launch ul { list-style: none; margin: 0; padding: 0; }
        .quick-launch a, .quick-launch span { display: block; padding: 9px 24px; color: var(--text); line-height: 18px; }
        .quick-launch ul ul a, .quick-launch ul ul span { padding-left: 40px; }
        .quick-launch a:hover { background: var(--lighter); text-decoration: none; }
        .quick-launch a.is-selected { background: var(--line); box-shadow: inset 2px 0 0 var(--theme); font-weight: 600; }
        .content { flex: 1; min-width: 0; padding: 0 0 48px; }
        .content-inner { max-width: 1204px; margin: 0 auto; padding: 24px 32px; }
        .title-area { max-width: 1204px; margin: 0 auto; padding: 32px 32px 8px; }
        .title-area.colorBlock { background: var(--theme); color: #fff; max-width: none; padding: 40px 64px; }
        .title-area .above { color: var(--text-2); font-size: 12px; text-transform: uppercase; letter-spacing: .5px; }
        .page-title { font-size: 32px; line-height: 40px; font-weight: 600; margin: 4px 0; }
        .title-area .byline { color: var(--text-2); font-size: 12px; }
        .badge { display: inline-block; background: #fff4ce; color: #323130; font-size: 12px; padding: 2px 8px; border-radius: 2px; margin-left: 8px; vertical-align: middle; }
        .cs-section { padding: 8px 0; } .cs-section.neutral { background: var(--lighter); } .cs-section.soft { background: var(--lighter-alt); }
        .cs-section.strong { background: var(--theme); color: #fff; } .cs-section.strong a { color: #fff; text-decoration: underline; }
        .cs-grid { max-width: 1204px; margin: 0 auto; padding: 0 16px; display: grid; grid-template-columns: repeat(12, 1fr); column-gap: 24px; }
        .canvas.with-vertical { display: grid; grid-template-columns: 8fr 4fr; max-width: 1204px; margin: 0 auto; }
        .canvas-vertical { padding: 16px; }
        .cs-col { min-width: 0; }
        .cs-webpart { padding: 12px 0; }
        .wp-title { font-size: 20px; font-weight: 600; line-height: 28px; margin: 0 0 12px; }
        .cs-text { font-size: 15px; line-height: 1.6; } .cs-text h1 { font-size: 28px; } .cs-text h2 { font-size: 24px; font-weight: 600; }
        .cs-text h3 { font-size: 20px; font-weight: 600; } .cs-text blockquote { border-left: 4px solid var(--theme); margin: 0; padding: 4px 16px; color: var(--text-2); font-style: italic; }
        .cs-text table { border-collapse: collapse; } .cs-text td, .cs-text th { border: 1px solid var(--line); padding: 6px 10px; }
        .cs-chart { width: 100%; height: auto; font-family: inherit; }
        .cs-chart-title { font-size: 15px; font-weight: 600; fill: var(--text); } .cs-label, .cs-tick { font-size: 12px; fill: var(--text-2); }
        .cs-value { font-size: 12px; font-weight: 600; fill: var(--text); } .cs-grid line, line.cs-grid { stroke: var(--line); } line.cs-axis { stroke: #8a8886; }
        .cs-empty { fill: var(--text-2); }
        .cs-image img { max-width: 100%; height: auto; display: block; } .cs-image figcaption { color: var(--text-2); font-size: 12px; padding-top: 6px; }
        .quick-links { list-style: none; margin: 0; padding: 0; }
        .quick-links li a { display: flex; align-items: center; gap: 12px; padding: 10px 12px; border-radius: 4px; color: var(--text); }
        .quick-links li a:hover { background: var(--lighter); text-decoration: none; }
        .quick-links .icon { width: 32px; height: 32px; border-radius: 4px; background: var(--theme-lighter); color: var(--theme-dark);
          display: flex; align-items: center; justify-content: center; font-weight: 600; }
        .people { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
        .person { display: flex; gap: 12px; align-items: center; padding: 8px; }
        .person .avatar { width: 48px; height: 48px; font-size: 16px; }
        .person .name { font-weight: 600; } .person .detail { color: var(--text-2); font-size: 12px; }
        .placeholder { border: 1px dashed #c8c6c4; background: var(--lighter-alt); padding: 24px; color: var(--text-2); text-align: center; border-radius: 2px; }
        .placeholder strong { display: block; color: var(--text); margin-bottom: 4px; }
        .list-header { display: flex; align-items: baseline; gap: 16px; }
        .list-title { font-size: 24px; font-weight: 600; margin: 0 0 8px; }
        .command-bar { display: flex; gap: 24px; align-items: center; border-bottom: 1px solid var(--line); padding: 8px 0; margin-bottom: 8px; color: var(--text-2); }
        .command-bar .view { margin-left: auto; font-weight: 600; color: var(--text); }
        table.cs-list { width: 100%; border-collapse: collapse; }
        table.cs-list th { text-align: left; font-weight: 600; color: var(--text-2); font-size: 12px; padding: 10px 12px; border-bottom: 1px solid var(--line); white-space: nowrap; }
        table.cs-list td { padding: 11px 12px; border-bottom: 1px solid var(--lighter); vertical-align: top; }
        table.cs-list tr:hover td { background: var(--lighter); }
        table.cs-list td.num { text-align: right; } .file-icon { margin-right: 8px; color: var(--theme); }
        .empty-state { color: var(--text-2); padding: 24px 0; }
        .see-all { font-size: 14px; font-weight: 400; margin-left: 12px; }
        .site-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; margin-bottom: 32px; }
        .site-card { border-radius: 4px; box-shadow: 0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11); overflow: hidden; background: #fff; }
        .site-card .banner { height: 56px; } .site-card .body-text { padding: 0 16px 16px; }
        .site-card .site-logo { width: 48px; height: 48px; font-size: 18px; margin-top: -24px; border: 2px solid #fff; }
        .site-card h3 { margin: 8px 0 4px; font-size: 16px; } .site-card .detail { color: var(--text-2); font-size: 12px; line-height: 18px; word-break: break-all; }
        h2.section-title { font-size: 20px; font-weight: 600; margin: 8px 0 16px; }
        .error-page { max-width: 720px; margin: 64px auto; padding: 0 32px; }
        .error-page h1 { font-size: 42px; font-weight: 300; margin: 0 0 16px; } .error-page .code { font-size: 20px; font-weight: 600; margin-bottom: 24px; }
        .error-page .details { color: var(--text-2); font-size: 12px; line-height: 20px; }
        """;
}
