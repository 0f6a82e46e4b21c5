/// The one stylesheet. Plain CSS, no build step; layouts reflow so pages stay usable at 200 % zoom
/// and on narrow screens, and colours keep at least 4.5:1 contrast.
public enum Stylesheet {
    public static let css = """
    :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #b1b4b6; --brand: #0b4f6c; --link: #0a4a8c;
            --focus: #ffbf47; --error: #b00020; --ok: #0b6b2f; --warn-bg: #fff4d6; --bg: #ffffff; --soft: #f3f5f6; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
           background: var(--bg); line-height: 1.5; }
    a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
    a:hover { text-decoration-thickness: 3px; }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus, [tabindex]:focus {
      outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--ink); }
    .skip-link { position: absolute; left: -9999px; top: 0; background: var(--focus); color: var(--ink); padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 0; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
                       clip: rect(0 0 0 0); border: 0; white-space: nowrap; }
    .site-header { background: var(--brand); color: #fff; }
    .site-header .wrap { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; max-width: 72rem;
                         margin: 0 auto; padding: .75rem 1rem; }
    .site-header a, .site-header .link-button { color: #fff; }
    .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    .association-name { font-weight: 600; }
    .account { margin-left: auto; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
    .inline { display: inline; margin: 0; }
    .link-button { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; }
    .section-nav { background: var(--soft); border-bottom: 1px solid var(--line); }
    .section-nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; max-width: 72rem; margin: 0 auto; padding: .5rem 1rem; }
    .section-nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
    main:focus { outline: none; box-shadow: none; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0; }
    h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
    .lead { font-size: 1.15rem; max-width: 45rem; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem; text-align: center; }
    ul.plain { list-style: none; padding: 0; }
    ul.plain li { margin: .35rem 0; }
    .table-wrap { overflow-x: auto; margin: 1rem 0; position: relative; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; font-weight: 700; padding: .5rem 0; }
    th, td { text-align: left; vertical-align: top; padding: .5rem .75rem .5rem 0; border-bottom: 1px solid var(--line); }
    thead th { border-bottom: 2px solid var(--ink); }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .summary { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: 0; margin: 1rem 0; }
    .summary-row { display: contents; }
    .summary dt { font-weight: 600; padding: .4rem 1rem .4rem 0; border-bottom: 1px solid var(--line); }
    .summary dd { margin: 0; padding: .4rem 0; border-bottom: 1px solid var(--line); }
    @media (max-width: 40rem) { .summary { grid-template-columns: 1fr; } .summary dt { border-bottom: 0; } }
    .form { max-width: 40rem; }
    .field { margin: 0 0 1.25rem; }
    .field label { display: block; font-weight: 600; margin-bottom: .25rem; }
    .field.checkbox { display: flex; flex-wrap: wrap; align-items: flex-start; gap: .5rem; }
    .field.checkbox label { font-weight: 400; flex: 1; margin: 0; }
    .field.checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; }
    .field.checkbox .hint, .field.checkbox .field-error { flex-basis: 100%; }
    input[type=text], input[type=email], input[type=tel], input[type=password], select, textarea {
      font: inherit; width: 100%; max-width: 30rem; padding: .4rem .5rem; border: 2px solid var(--ink); border-radius: 0; background: #fff; }
    input.date { max-width: 9rem; }
    .hint { color: var(--muted); margin: 0 0 .35rem; }
    .has-error { border-left: 4px solid var(--error); padding-left: .75rem; }
    .has-error input, .has-error select, .has-error textarea { border-color: var(--error); }
    .field-error { color: var(--error); font-weight: 700; margin: 0 0 .35rem; }
    fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; }
    legend { font-weight: 600; margin-bottom: .25rem; }
    .button { display: inline-block; font: inherit; font-weight: 600; background: var(--ok); color: #fff; border: 2px solid transparent;
              padding: .5rem 1rem; cursor: pointer; text-decoration: none; box-shadow: 0 2px 0 #002d18; }
    .button.secondary { background: var(--soft); color: var(--ink); border-color: var(--ink); box-shadow: none; }
    .actions { display: flex; flex-wrap: wrap; gap: .75rem; }
    .form-actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
    .inline-form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 1rem 0; }
    .inline-form .field { margin: 0; }
    .error-summary { border: 4px solid var(--error); padding: 1rem; margin: 1rem 0; max-width: 45rem; }
    .error-summary h2 { margin-top: 0; font-size: 1.25rem; }
    .error-summary a { color: var(--error); font-weight: 700; }
    .flash { border-left: 6px solid var(--ok); background: #e8f4ec; padding: .75rem 1rem; margin: 1rem 0; }
    .warning { border-left: 6px solid #8a5a00; background: var(--warn-bg); padding: .5rem 1rem; margin: 1rem 0; }
    .warning h3 { margin-top: .5rem; }
    dd { white-space: pre-line; }
    .tag { display: inline-block; margin-left: .5rem; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 3px; font-size: .875rem; }
    .empty { color: var(--muted); font-style: italic; }
    pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); padding: .5rem; }
    .pager { display: flex; gap: 1.5rem; margin: 1rem 0; }
    .decision { margin: .5rem 0 1rem 1rem; padding-left: .75rem; border-left: 4px solid var(--ink); }
    .decision p { margin: .25rem 0; }
    .joint-session { font-style: italic; }
    """
}
