"""The page's inline style and script, its service worker, web-app manifest and icon.

Everything is a constant or built from constants, so the files are byte-identical for
the same page. Nothing here loads anything from outside the page's own folder.
"""

from __future__ import annotations

import json

# Days, their items and the places are laid out only near the screen (content-visibility),
# so a long programme paints its first screen fast. The font list names the usual Chinese fonts
# of each system, the last one Linux's: a font found by name spares the browser a system
# fallback lookup for every run of Chinese text (half the layout time of a first render).
# Light and dark colours meet WCAG AA contrast on their backgrounds; every text is 16 px
# or more and every tap target 44 px or more (tested in Chromium). Every line ends in
# one of "{};," so the lines are joined without a space (the page stays in its budget).
_CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#15202b;--muted:#4a5562;--line:#d5dbe1;
--card:#f4f6f8;--accent:#0b5cad;--on-accent:#fff;--now:#fff4d6;--now-line:#b7791f;
--warn:#fdecea;--warn-line:#b3261e;--badge:#8a5300;--on-badge:#fff}
@media (prefers-color-scheme:dark){:root{--bg:#101418;--fg:#e8edf2;--muted:#b3bcc6;
--line:#38424d;--card:#1b2229;--accent:#8cc4ff;--on-accent:#0b1a2a;--now:#3a2f12;
--now-line:#f0b64a;--warn:#3b1714;--warn-line:#ff8a80;--badge:#f0b64a;--on-badge:#101418}}
*{box-sizing:border-box}
[id]{scroll-margin-top:8px}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.45 system-ui,-apple-system,
"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Micro Hei",sans-serif;
overflow-wrap:anywhere}
main,header,footer{max-width:40rem;margin:0 auto;padding:0 12px}
header{padding-top:8px}
h1{font-size:1.3rem;line-height:1.25;margin:0}
h2{font-size:1.15rem;margin:20px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin:0;line-height:1.3}
p{margin:0}
.alt,i,.day article h3+p{color:var(--muted)}
i{font-style:normal}
.btn i{color:inherit;font-weight:400}
.tour{color:var(--muted);font-size:1rem}
.meta{color:var(--muted);font-size:1rem;margin-top:2px}
a{color:var(--accent)}
nav ul,.calls,.actions{list-style:none;margin:0;padding:0}
nav ul{display:flex;gap:8px;margin:8px 0 0}
nav li{flex:1}
.btn{display:flex;align-items:center;justify-content:center;gap:.35em;min-height:44px;
padding:6px 12px;border-radius:10px;background:var(--accent);color:var(--on-accent);
text-decoration:none;font-weight:600;text-align:center;line-height:1.2}
.btn.plain{background:var(--card);color:var(--accent);border:1px solid var(--line)}
button.btn{width:100%;border:1px solid var(--line);font:inherit;font-weight:600;cursor:pointer}
.banner{background:var(--warn);border-left:5px solid var(--warn-line);padding:8px 12px;
margin:10px 0;border-radius:6px}
.banner ul{margin:4px 0 0;padding-left:1.2em}
#now{margin:10px 0;padding:8px 12px;border-radius:10px;background:var(--now);
border-left:5px solid var(--now-line)}
#now ul{list-style:none;margin:0;padding:0}
#now a{display:block;min-height:44px;padding:8px 0;font-weight:600}
#now .badge{margin:0 6px 0 0}
.day,#places{margin-top:14px;content-visibility:auto;contain-intrinsic-size:auto 1200px}
.day article{content-visibility:auto;contain-intrinsic-size:auto 160px}
.at{display:block;min-height:44px;padding:10px 0 4px;font-weight:600}
#now .at{padding-top:0;font-weight:400}
.place,.day article{background:var(--card);border:1px solid var(--line);border-radius:12px;
padding:10px 12px;margin:10px 0}
.day .now,.day .next{border:3px solid var(--now-line);background:var(--now)}
.day .cancelled h3{text-decoration:line-through}
.time{font-weight:700;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:6px;padding:0 6px;margin-left:6px;
background:var(--badge);color:var(--on-badge);font-weight:700}
.status{color:var(--warn-line);font-weight:700}
.taxi{margin-top:8px;padding:8px;border:2px dashed var(--line);border-radius:8px}
.taxi .big{font-size:1.5rem;font-weight:700;line-height:1.3}
.taxi .addr{font-size:1.25rem;line-height:1.35}
dl{margin:8px 0 0}
dt{display:inline;color:var(--muted)}
dt::after{content:": "}
dd{display:inline;margin:0}
dd::after{content:"\\A";white-space:pre}
.links{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.links .btn{flex:1 1 8rem}
.calls li,.actions li{margin:8px 0}
.btn.call{display:block;text-align:left;padding:8px 12px}
.btn.call .num{display:block;font-size:1.15rem}
.links .btn.call{flex:1 1 100%}
.num{font-variant-numeric:tabular-nums;white-space:nowrap}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 4px;border-bottom:1px solid var(--line);vertical-align:top}
footer{margin:24px auto 32px;color:var(--muted)}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--line:#999;--now:#fff}
nav,#now,.btn.plain,.actions,#earlier,.badge{display:none!important}
.day,#places,.day article{content-visibility:visible}
.day article,.place{break-inside:avoid;border:1px solid #999}
a{color:#000;text-decoration:none}
.btn{background:none;color:#000;min-height:0;padding:0;display:block}}
"""
CSS = "".join(_CSS.splitlines())

# Programme items are the <article data-s=…> of each day (no class: a long programme
# stays small). The script highlights the current and the next item by the phone's
# clock, labels times whose zone differs from the phone's, fills the "now" box, folds
# days that are over (while the tour runs, behind one button) and registers the service
# worker (it marks <html data-ready> when done). The page is complete without it. It
# runs after the first paint, when the browser is idle: run a frame after it, as it once
# did, its restyle of every item delayed the first paint itself. Its lines go out
# unindented.
_SCRIPT = """
(function(){
function main(){
var items=[].slice.call(document.querySelectorAll('article[data-s]'));
function end(el){return Date.parse(el.dataset.s)+60000*parseInt(el.dataset.m,10);}
items.forEach(function(el,i){
 if(!el.id)el.id='i'+(i+1);
 var day=el.closest('.day'),s=Date.parse(el.dataset.s);
 var offset=parseInt(el.dataset.o||day.dataset.o,10),tz=el.querySelector('.tz');
 var same=(-new Date(s).getTimezoneOffset())===offset;
 if(tz){tz.hidden=same;}else if(!same&&day.dataset.z){
  tz=document.createElement('span');tz.className='tz';tz.textContent=day.dataset.z;
  var t=el.querySelector('.time');t.appendChild(document.createTextNode(' '));t.appendChild(tz);}
});
var showAll=false,more=document.getElementById('earlier');
function mark(){
 var now=Date.now(),cur=null,nxt=null;
 items.forEach(function(el){
  el.classList.remove('now','next');
  var b=el.querySelector('.badge');if(b)b.remove();
  if(el.classList.contains('cancelled'))return;
  var s=Date.parse(el.dataset.s),e=end(el);
  if(s<=now&&now<e){if(!cur)cur=el;}else if(s>now&&!nxt){nxt=el;}
 });
 var box=document.getElementById('now');if(!box)return;
 var list=box.querySelector('ul');list.textContent='';
 [[cur,'tpl-now','now'],[nxt,'tpl-next','next']].forEach(function(p){
  if(!p[0])return;p[0].classList.add(p[2]);
  var badge=document.getElementById(p[1]).content.firstElementChild;
  p[0].querySelector('.time').insertBefore(badge.cloneNode(true),null);
  var li=document.createElement('li'),a=document.createElement('a');
  a.href='#'+p[0].id;a.appendChild(badge.cloneNode(true));
  var clock=p[0].querySelector('.time').firstChild.textContent;
  a.appendChild(document.createTextNode(clock+' '));
  var t=p[0].querySelector('h3');a.appendChild(document.createTextNode(t?t.textContent:''));
  li.appendChild(a);
  var at=p[0].querySelector('.at');if(at)li.appendChild(at.cloneNode(true));
  list.appendChild(li);
 });
 box.hidden=!(cur||nxt);
 var running=!!(cur||nxt),past=0;
 [].slice.call(document.querySelectorAll('.day')).forEach(function(d){
  var its=[].slice.call(d.querySelectorAll('article[data-s]'));
  var done=running&&its.length>0&&its.every(function(el){return end(el)<=now;});
  d.hidden=done&&!showAll;if(d.hidden)past++;
 });
 if(more)more.hidden=!past;
}
if(more)more.addEventListener('click',function(){showAll=true;mark();});
mark();setInterval(mark,60000);
if('serviceWorker' in navigator&&(location.protocol==='https:'||location.hostname==='localhost'||
 location.hostname==='127.0.0.1')){navigator.serviceWorker.register('sw.js').catch(function(){});}
document.documentElement.setAttribute('data-ready','');
}
var idle=window.requestIdleCallback||function(f){setTimeout(f,1);};
requestAnimationFrame(function(){idle(main,{timeout:1000});});
})();
"""
SCRIPT = "\n".join(line.strip() for line in _SCRIPT.split("\n"))

# Network first, so a phone online always sees the current plan; after a few seconds
# without an answer (patchy data on a coach) or offline, the copy saved at the last visit.
SERVICE_WORKER = """'use strict';
const CACHE = 'tourplanner-phone-v1';
const FILES = ['./', 'index.html', 'calendar.ics', 'briefing.pdf', 'manifest.webmanifest',
  'icon.svg'];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(FILES.map((f) => cache.add(f).catch(() => null))))
    .then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });
function fromCache(request) {
  return caches.match(request, {ignoreSearch: true}).then((hit) => hit ||
    (request.mode === 'navigate' ? caches.match('./') : undefined));
}
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const network = fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
  const slow = new Promise((resolve) => setTimeout(resolve, 4000)).then(() => fromCache(request));
  event.respondWith(Promise.race([network.catch(() => fromCache(request)),
    slow.then((hit) => hit || network)]).then((r) => r || network));
});
"""

ICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">'
    '<rect width="96" height="96" rx="20" fill="#0b5cad"/>'
    '<path d="M48 18c-12 0-21 9-21 21 0 16 21 39 21 39s21-23 21-39c0-12-9-21-21-21z" '
    'fill="#fff"/><circle cx="48" cy="39" r="8" fill="#0b5cad"/></svg>\n'
)


def manifest(name: str, short_name: str, lang: str) -> bytes:
    """The web-app manifest: opens the folder's page full screen from the home screen."""
    data = {
        "name": name,
        "short_name": short_name,
        "lang": lang,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "icons": [{"src": "icon.svg", "sizes": "any", "type": "image/svg+xml"}],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
