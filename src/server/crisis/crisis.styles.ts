/**
 * The crisis page's stylesheet, served as its own file (the Content-Security-Policy forbids inline
 * styles). It is small and self-contained so the page works even if the app's bundle failed to build.
 */
export const crisisStyles = `
:root { color-scheme: light dark; --fg: #1d2433; --bg: #fbfaf7; --card: #ffffff; --accent: #1f5f99; --line: #c9ced6; }
@media (prefers-color-scheme: dark) { :root { --fg: #eef1f5; --bg: #15181d; --card: #1f242c; --accent: #8cc4ff; --line: #47505c; } }
* { box-sizing: border-box; }
/* A word wider than the screen ("emergency" in a boxed heading, at 200% text on a 320 px phone)
   breaks instead of taking the page sideways and cutting every line at the edge. */
body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: break-word; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; }
/* Wraps: at 200% text on a 320 px phone the name and "Get help now" side by side were wider than
   the screen, and "Get help now" was cut off at its edge. */
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .25rem 1rem; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header a { font-weight: 600; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; line-height: 1.3; }
.emergency { background: var(--card); border: 2px solid var(--accent); border-radius: .75rem; padding: 1rem; margin: 1rem 0; }
/* One column no wider than the screen: a grid track otherwise grows to its widest word or button,
   and at 200% text on a phone the whole page scrolled sideways, cutting each line off. */
ul.resources { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: .75rem; }
ul.resources li { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1rem; overflow-wrap: anywhere; }
ul.resources h3 { font-size: 1.15rem; margin: 0 0 .25rem; }
.ways { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.call { display: inline-flex; align-items: center; justify-content: center; min-height: 48px; min-width: 48px; padding: .6rem 1rem; border: 2px solid var(--accent); border-radius: .5rem; background: var(--accent); color: var(--bg); font-weight: 700; text-decoration: none; }
.call.text, .call.secondary { background: var(--card); color: var(--accent); }
.plan { margin: 1.5rem 0; }
form { margin: 1.5rem 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
label { display: grid; gap: .25rem; font-weight: 600; min-width: 0; max-width: 100%; }
label select { width: 100%; min-width: 0; }
select, button { font: inherit; min-height: 44px; padding: .4rem .75rem; border-radius: .5rem; border: 1px solid var(--line); background: var(--card); color: var(--fg); }
button { cursor: pointer; }
.small { font-size: .95rem; }
`;
