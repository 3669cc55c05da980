/**
 * Inline: registers the service worker once the page has loaded and the browser is idle, so offline caching
 * never competes with a first visit. When a new version of the site is waiting, it offers "Reload to update"
 * (the new version takes over only when the reader chooses; what they typed is already saved).
 */
export const offlineScript =
  `(()=>{const s=navigator.serviceWorker;if(!s)return;` +
  `const offer=w=>{if(!s.controller||document.getElementById("update-prompt"))return;const p=document.createElement("div");p.id="update-prompt";p.className="update-prompt";p.setAttribute("role","status");` +
  `const b=document.createElement("button");b.type="button";b.className="button primary";b.textContent="Reload to update";` +
  `b.onclick=()=>{s.addEventListener("controllerchange",()=>location.reload());w.postMessage({type:"SKIP_WAITING"})};` +
  `p.append("A new version of this site is ready. ",b);document.body.append(p)};` +
  `addEventListener("load",()=>(self.requestIdleCallback||setTimeout)(()=>s.register("/sw.js").then(r=>{if(!r)return;r.waiting&&offer(r.waiting);` +
  `r.addEventListener("updatefound",()=>{const i=r.installing;i&&i.addEventListener("statechange",()=>{i.state==="installed"&&offer(i)})})},()=>{})))})();`;
