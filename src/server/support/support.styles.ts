/**
 * What the supporter guide needs on top of `/crisis.css` (which it also loads, for the shared
 * colours, help-line cards and region picker). Its own file, because the Content-Security-Policy
 * forbids inline styles.
 */
export const supportStyles = `
.help-now { display: inline-flex; align-items: center; min-height: 44px; padding: .4rem .9rem; border-radius: .5rem; background: var(--accent); color: var(--bg); text-decoration: none; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }
ul.resources h3 { margin: 0 0 .25rem; }
.lead { font-size: 1.1rem; }
.urgent { background: var(--card); border-left: 4px solid var(--accent); padding: .75rem 1rem; }
.contents { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: .25rem 1rem .75rem; margin: 1.5rem 0; }
.contents h2 { font-size: 1.05rem; margin: .75rem 0 .25rem; }
.contents ul { margin: 0; padding-left: 1.25rem; }
.contents li { margin: 0; }
.contents a { display: inline-flex; align-items: center; min-height: 44px; }
ul.examples { list-style: none; padding-left: 0; }
ul.examples li { border-left: 3px solid var(--line); padding: .25rem .75rem; margin: .5rem 0; font-style: italic; }
section { scroll-margin-top: 1rem; }
/* As in the app: "Get help now" stays in view all the way down this long guide (and the share
   card page, which loads this file too). Focus and the contents' links land below the header. */
body > header { position: sticky; top: 0; z-index: 1; background: var(--bg); }
html { scroll-padding-top: 5rem; }
/* On a narrow or zoomed screen the name takes a row of its own that scrolls away, and only the
   help row stays: two words beside it wrapped "Get help now" over three lines, a header taller
   than the padding above, over the very links the keyboard was on.
   Asked of the page's own width in its own text size (a container query's rem is the page's),
   not of the screen (a media query's rem ignores it): at 200% text on a phone the screen
   query stayed false and "Get help now" was pushed past the screen's edge. */
body { container-type: inline-size; }
@container (max-width: 24rem) {
  body > header { flex-wrap: wrap; row-gap: .5rem; top: -4rem; }
  body > header > a:first-child { flex: 1 0 100%; display: flex; align-items: center; min-height: 2.75rem; }
}
`;
