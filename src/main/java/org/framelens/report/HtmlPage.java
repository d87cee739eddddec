package org.framelens.report;

/**
 * The page's inline style and its one small script. The script opens collapsed details a link
 * leads to, and filters and sorts the actor index table; everything else is plain HTML and SVG
 * drawn on the server side, and nothing is ever fetched from the network. The default view is
 * short (overview first, details on demand): long tables scroll inside a bounded box and long
 * lists sit in closed {@code <details>}, because a browser's cost of painting and screenshotting
 * the page grows with its height (measured in benchmarks/html-budget.sh). The index has a fixed
 * table layout and the long parts are {@code content-visibility:auto}: with thousands of index
 * rows, Chromium otherwise spends the first screen's time measuring cells nobody sees yet.
 */
final class HtmlPage {

  private HtmlPage() {}

  static final String CSS = """
      :root{--ink:#1d2330;--muted:#5d6677;--line:#e3e7ef;--bg:#f5f7fb;--card:#fff;--for:#2e8b57;--against:#c0392b;--accent:#2f5ea8}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      header{background:linear-gradient(120deg,#1f3a68,#2f5ea8);color:#fff;padding:28px 40px 22px}
      header h1{margin:0 0 4px;font-size:28px;font-weight:650;letter-spacing:-.01em}
      header p{margin:0;opacity:.85}
      header nav a{color:#fff;opacity:.85;margin-right:14px;font-size:13px}
      .stats{display:flex;gap:14px;margin:18px 0 10px;flex-wrap:wrap}
      .stat{background:rgba(255,255,255,.12);border-radius:10px;padding:8px 16px;min-width:110px}
      .stat b{display:block;font-size:24px;line-height:1.1}
      .stat span{font-size:12px;text-transform:uppercase;letter-spacing:.06em;opacity:.85}
      main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}
      section{margin-bottom:28px}
      h2{font-size:19px;margin:0 0 12px;color:#22304a}
      h3{margin:0;font-size:19px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px;box-shadow:0 1px 2px rgba(20,30,60,.05)}
      .note{color:var(--muted);font-size:13px;margin:-6px 0 10px}
      .tops{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
      .tops ol{list-style:none;margin:0;padding:0}
      .tops li{display:grid;grid-template-columns:1fr 60px;gap:8px;align-items:center;margin:3px 0;font-size:14px}
      .tops .bar{height:6px;border-radius:3px;background:var(--accent);grid-column:1/3;margin-top:-2px}
      .sides{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}
      .side h3{font-size:17px}
      .members{color:var(--muted);font-size:13px;margin:2px 0 10px}
      table{border-collapse:collapse;width:100%;font-size:14px}
      th,td{padding:6px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
      th.sort{cursor:pointer;user-select:none}
      th.sort:after{content:" ↕";opacity:.4}
      td.n,th.n{text-align:right}
      td.c{text-align:center}
      td.others{font-size:12px;color:var(--muted);max-width:260px}
      td.others span{display:inline-block;margin:0 8px 2px 0;white-space:nowrap}
      td.others b.f{color:var(--for)}
      td.others b.a{color:var(--against)}
      .stance-table td{padding:4px 8px}
      .stance-table td:first-child{white-space:nowrap}
      .pill{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;margin:1px 2px;white-space:nowrap}
      .for{background:#e3f4ea;color:var(--for)}
      .against{background:#fbe6e3;color:var(--against)}
      .chip{display:inline-block;border-radius:6px;padding:0 7px;font-size:12px;margin:2px 3px 0 0;color:#fff}
      .badge{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:0 8px;font-size:12px;color:var(--muted);margin-left:6px;vertical-align:middle}
      .actor-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:10px;align-items:start}
      .actor-list details.actor{padding:10px 14px}
      .actor-list details.actor:not([open]) h3{font-size:16px}
      .actor-list details.actor[open]{grid-column:1/-1;padding:18px 20px}
      .actor-head{display:flex;align-items:baseline;flex-wrap:wrap;gap:4px;cursor:pointer;list-style:none}
      .actor-head::-webkit-details-marker{display:none}
      .actor-head h3:before{content:"▸ ";color:var(--muted);font-size:14px}
      details.actor[open]>.actor-head{margin-bottom:12px}
      details.actor[open]>.actor-head h3:before{content:"▾ "}
      .actor-grid{display:grid;grid-template-columns:minmax(300px,380px) 1fr;gap:24px}
      @media (max-width:860px){.actor-grid{grid-template-columns:1fr}}
      h4{margin:0 0 6px;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
      blockquote{margin:0 0 10px;padding:6px 12px;border-left:3px solid var(--accent);background:#f7f9fd;border-radius:0 8px 8px 0}
      blockquote .src{display:block;color:var(--muted);font-size:12px}
      ul.stances{list-style:none;margin:0 0 10px;padding:0}
      ul.stances li{margin-bottom:6px}
      ul.tail{columns:3 220px;font-size:13px;padding-left:18px}
      details summary{cursor:pointer;color:var(--muted);font-size:12px}
      details[open] summary{color:var(--ink)}
      details p{margin:4px 0 0 0;padding:6px 10px;background:#f7f9fd;border-radius:8px;font-size:13px}
      .docs{color:var(--muted);font-size:12px;margin-top:8px}
      .empty{color:var(--muted);font-style:italic;font-size:13px}
      .multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
      .multiple{margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px 6px 2px}
      .multiple figcaption{font-size:13px;font-weight:600;margin:0 0 2px 8px}
      input.search{width:100%;max-width:420px;padding:7px 10px;border:1px solid var(--line);border-radius:8px;font:inherit;margin-bottom:10px}
      .index{max-height:640px;overflow:auto}
      #actor-index{table-layout:fixed}
      #actor-index th:nth-child(1){width:26%}
      #actor-index th:nth-child(2){width:11%}
      #actor-index th:nth-child(3){width:19%}
      #actor-index th:nth-child(4),#actor-index th:nth-child(5),#actor-index th:nth-child(6){width:10%}
      #actor-index td{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
      .index,.actor-list,#stances,.sides,#time{content-visibility:auto;contain-intrinsic-size:auto 640px}
      .bounded{max-height:560px;overflow:auto}
      .bounded th{position:sticky;top:0;background:var(--card);z-index:1}
      details.more{margin-top:10px}
      details.more>summary{font-size:13px;margin-bottom:10px}
      .toggles{margin:-4px 0 12px}
      .toggles button{font:inherit;font-size:12px;color:var(--accent);background:var(--card);border:1px solid var(--line);border-radius:6px;padding:2px 10px;margin-right:6px;cursor:pointer}
      svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
      .scroll{overflow-x:auto}
      footer{color:var(--muted);font-size:12px;text-align:center;padding:10px}
      """;

  /**
   * Opens every closed {@code <details>} around the element a link leads to (on load, on a hash
   * change, and on a click of a link to the current hash, which fires no hash change); the two
   * buttons open or close every top actor section at once. Filters the index table as one types (every cell's text), and sorts it by a clicked header:
   * numerically where cells carry {@code data-n}, else alphabetically; a second click reverses.
   */
  static final String SCRIPT = """
      (function(){
        function reveal(id){for(var t=id&&document.getElementById(id);t;t=t.parentElement){if(t.tagName==='DETAILS'){t.open=true;}}}
        function fromHash(){reveal(decodeURIComponent(location.hash.slice(1)));}
        window.addEventListener('hashchange',fromHash);fromHash();
        document.addEventListener('click',function(e){
          var a=e.target.closest&&e.target.closest('a[href^="#"]');
          if(a){reveal(decodeURIComponent(a.getAttribute('href').slice(1)));}
          var b=e.target.closest&&e.target.closest('button[data-open]');
          if(b){var all=document.querySelectorAll('details.actor');for(var i=0;i<all.length;i++){all[i].open=b.getAttribute('data-open')==='all';}}
        });
      })();
      (function(){
        var table=document.getElementById('actor-index');
        if(!table){return;}
        table.setAttribute('data-ready','filter sort');
        var body=table.tBodies[0];
        var input=document.getElementById('actor-search');
        var shown=document.getElementById('actor-shown');
        function count(){var n=0;for(var i=0;i<body.rows.length;i++){if(body.rows[i].style.display!=='none'){n++;}}shown.textContent=n;}
        input.addEventListener('input',function(){
          var q=input.value.toLowerCase();
          for(var i=0;i<body.rows.length;i++){var r=body.rows[i];r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':'';}
          count();
        });
        var heads=table.tHead.rows[0].cells;
        for(var c=0;c<heads.length;c++){(function(col,th){
          th.addEventListener('click',function(){
            var desc=th.getAttribute('data-dir')!=='desc';
            th.setAttribute('data-dir',desc?'desc':'asc');
            var rows=Array.prototype.slice.call(body.rows);
            rows.sort(function(a,b){
              var x=a.cells[col],y=b.cells[col];
              var nx=x.getAttribute('data-n'),ny=y.getAttribute('data-n');
              var d=nx!==null?(+nx)-(+ny):x.textContent.localeCompare(y.textContent);
              return desc?-d:d;
            });
            rows.forEach(function(r){body.appendChild(r);});
          });
        })(c,heads[c]);}
      })();
      """;
}
