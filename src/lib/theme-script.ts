/** localStorage key that remembers the reader's chosen colour scheme. */
export const THEME_KEY = 'fuk:theme';

/**
 * The inline script that runs in `<head>` before first paint: it applies the remembered scheme (so the
 * page never flashes the wrong one), marks `<html class="js">` (which shows the toggle and hides
 * `.no-js-only` messages before first paint, so nothing shifts), and handles the toggle's clicks by delegation.
 * It is inlined (not a file) so it blocks nothing; its hash goes into the Content-Security-Policy.
 */
export const themeScript =
  `(()=>{const d=document.documentElement,k=${JSON.stringify(THEME_KEY)},m=matchMedia("(prefers-color-scheme: dark)");d.classList.add("js");` +
  `let t;try{t=localStorage.getItem(k)}catch(e){}if(t==="light"||t==="dark")d.dataset.theme=t;` +
  `const dark=()=>(d.dataset.theme||(m.matches?"dark":"light"))==="dark",` +
  `sync=()=>{const b=document.getElementById("theme-toggle");b&&b.setAttribute("aria-pressed",String(dark()))};` +
  `document.addEventListener("DOMContentLoaded",sync);m.addEventListener("change",sync);` +
  `document.addEventListener("click",e=>{const b=e.target instanceof Element&&e.target.closest("#theme-toggle");if(!b)return;` +
  `const n=dark()?"light":"dark";d.dataset.theme=n;try{localStorage.setItem(k,n)}catch(e){}sync()})})();`;
