/* 站内搜索: reads the index Gazette wrote under search/ (README, "Search") and shows the articles that contain every
   term of ?q=. Nothing is fetched until a query is given. A term of up to two characters (the manifest's gram) is
   looked up whole; a longer one matches where its two-character grams occur in a row, so the results are exactly the
   articles that contain it. */
(function () {
  "use strict";
  var app = document.getElementById("search-app");
  if (!app || !window.fetch || !window.URLSearchParams) { return; }
  var indexLink = app.getAttribute("data-index");
  var pageLink = app.getAttribute("data-page");
  var folder = indexLink.slice(0, indexLink.lastIndexOf("/") + 1);
  var perPage = 10;
  var fetched = {};
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var pages = document.getElementById("search-pages");
  var filters = document.getElementById("search-filters");
  var params = new URLSearchParams(location.search);
  var query = (params.get("q") || "").slice(0, 100);
  var box = document.getElementById("search-q");
  var simplified = {};

  function get(url, kind) {
    if (!fetched[url]) {
      fetched[url] = fetch(url).then(function (response) {
        if (!response.ok) { throw new Error(url + ": " + response.status); }
        return kind === "json" ? response.json() : kind === "text" ? response.text() : response.arrayBuffer();
      });
    }
    return fetched[url];
  }

  // The same mapping as SearchText.Normalise: one UTF-16 unit for one.
  function normalise(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) { c += 32; }
      else if (c >= 0xFF21 && c <= 0xFF3A) { c = c - 0xFEE0 + 32; }
      else if (c >= 0xFF01 && c <= 0xFF5E) { c -= 0xFEE0; }
      else if (c === 0x3000) { c = 32; }
      else if (c >= 0x3400 && simplified[text[i]]) { c = simplified[text[i]].charCodeAt(0); }
      out += String.fromCharCode(c);
    }
    return out;
  }

  // .NET's char.IsWhiteSpace, which the index uses to leave out pairs that hold a space.
  function isSpace(c) {
    return (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xA0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
      c === 0x2028 || c === 0x2029 || c === 0x202F || c === 0x205F || c === 0x3000;
  }

  function terms(text) {
    var found = [], term = "";
    for (var i = 0; i <= text.length; i++) {
      if (i === text.length || isSpace(text.charCodeAt(i))) {
        if (term && found.indexOf(term) < 0) { found.push(term); }
        term = "";
      } else { term += text[i]; }
    }
    return found.slice(0, 10);
  }

  function name(manifest, directories, index) {
    var size = manifest.directorySize;
    var directory = directories.substr(Math.floor(index / size) * 10, 10);
    return get(folder + directory + ".txt", "text").then(function (names) { return names.substr((index % size) * 10, 10); });
  }

  function reader(bytes) {
    var at = 0;
    return {
      next: function () {
        var value = 0, shift = 0, b;
        do { b = bytes[at++]; value += (b & 0x7F) * Math.pow(2, shift); shift += 7; } while (b >= 0x80);
        return value;
      },
      seek: function (offset) { at = offset; },
      get offset() { return at; }
    };
  }

  // A list of a key in one field (README, "Search"): a bitmap, or per document its gap from the last, followed in a
  // place list by its places as gap * 2 + more. Gives each document with its places (none in a document list).
  function decode(bytes, offset, documents, length, bitmap, places) {
    var result = new Map();
    if (bitmap) {
      for (var i = 0; i < length; i++) {
        for (var bit = 0; bit < 8; bit++) { if (bytes[offset + i] & (1 << bit)) { result.set(i * 8 + bit, null); } }
      }
      return result;
    }
    var r = reader(bytes), document = -1;
    r.seek(offset);
    for (var n = 0; n < documents; n++) {
      document += r.next();
      var at = null;
      if (places) {
        at = new Set();
        for (var place = -1, more = 1; more;) { var v = r.next(); place += Math.floor(v / 2); at.add(place); more = v % 2; }
      }
      result.set(document, at);
    }
    return result;
  }

  // The shard a key lives in: the same 32-bit hash as GramKey.ShardOf.
  function shardOf(key, bits) {
    return (Math.imul(Math.imul(key[1], 0x9E3779B1) ^ key[0], 0x85EBCA77) >>> 0) >>> (32 - bits);
  }

  // A key's title and body lists in the document shards or the place shards.
  function lists(manifest, kind, key) {
    return name(manifest, manifest[kind + "Shards"], shardOf(key, manifest[kind + "Bits"])).then(function (hash) {
      return get(folder + hash + ".bin", "bytes");
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer), r = reader(bytes), count = r.next(), headers = [];
      for (var i = 0; i < count; i++) { headers.push([r.next(), r.next(), r.next(), r.next(), r.next(), r.next()]); }
      var offset = r.offset;
      for (var h = 0; h < headers.length; h++) {
        var t = headers[h][3], b = headers[h][5], tl = Math.floor(t / 2), bl = Math.floor(b / 2);
        if (headers[h][0] === key[0] && headers[h][1] === key[1]) {
          return {
            title: decode(bytes, offset, headers[h][2], tl, t % 2, kind === "place"),
            body: decode(bytes, offset + tl, headers[h][4], bl, b % 2, kind === "place")
          };
        }
        offset += tl + bl;
      }
      return { title: new Map(), body: new Map() };
    });
  }

  // One to four characters as the index keys them: two 32-bit halves, sixteen bits a character, unused ones zero.
  // (The index keys one or two; the format has room for four.)
  function keyOf(text) {
    var c = [0, 1, 2, 3].map(function (i) { return i < text.length ? text.charCodeAt(i) : 0; });
    return [(c[0] * 65536 + c[1]) >>> 0, (c[2] * 65536 + c[3]) >>> 0];
  }

  // Each document the term occurs in, with 1 when it occurs in the title. Up to the manifest's gram (two characters)
  // the document lists answer; a longer term is looked for where its grams (every gram-th, and the last) occur in a
  // row, in the documents that hold them all.
  function match(manifest, term) {
    var gram = manifest.gram;
    if (term.length <= gram) {
      return lists(manifest, "document", keyOf(term)).then(function (l) {
        var result = new Map();
        if (term.length > 1) { l.body.forEach(function (_, d) { result.set(d, 0); }); }
        l.title.forEach(function (_, d) { result.set(d, 1); });
        return result;
      });
    }
    var offsets = [];
    for (var o = 0; o + gram <= term.length; o++) { if (o % gram === 0 || o === term.length - gram) { offsets.push(o); } }
    var keys = offsets.map(function (o) { return keyOf(term.substr(o, gram)); });
    function common(found, field) {
      return Array.from(found[0][field].keys()).filter(function (d) { return found.every(function (f) { return f[field].has(d); }); });
    }
    return Promise.all(keys.map(function (k) { return lists(manifest, "document", k); })).then(function (found) {
      var candidates = { title: common(found, "title"), body: common(found, "body") }, result = new Map();
      if (!candidates.title.length && !candidates.body.length) { return result; }
      return Promise.all(keys.map(function (k) { return lists(manifest, "place", k); })).then(function (places) {
        ["body", "title"].forEach(function (field) {
          candidates[field].forEach(function (d) {
            var at = places.map(function (p) { return p[field].get(d); });
            var hit = false;
            at[0].forEach(function (p) { if (!hit && offsets.every(function (o, i) { return at[i].has(p + o); })) { hit = true; } });
            if (hit) { result.set(d, field === "title" ? 1 : (result.get(d) || 0)); }
          });
        });
        return result;
      });
    });
  }

  function search(manifest, list) {
    return Promise.all(list.map(function (term) { return match(manifest, term); })).then(function (matches) {
      var result = matches[0];
      matches.slice(1).forEach(function (other) {
        var next = new Map();
        result.forEach(function (inTitle, document) { if (other.has(document)) { next.set(document, inTitle + other.get(document)); } });
        result = next;
      });
      return Array.from(result.keys()).sort(function (a, b) { return (result.get(b) - result.get(a)) || (a - b); });
    });
  }

  function yearOf(manifest, document) {
    for (var i = 0; i < manifest.years.length; i++) {
      var run = manifest.years[i];
      if (document >= run[1] && document < run[1] + run[2]) { return run[0]; }
    }
    return 0;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // The text with every occurrence of a term in <mark>, found in the normalised text at the same places.
  function highlighted(text, list) {
    var normal = normalise(text), marks = [], fragment = document.createDocumentFragment(), at = 0;
    list.forEach(function (term) {
      for (var i = normal.indexOf(term); i >= 0; i = normal.indexOf(term, i + term.length)) { marks.push([i, i + term.length]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    marks.forEach(function (m) {
      if (m[0] < at) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, m[0])));
      fragment.appendChild(element("mark", null, text.slice(m[0], m[1])));
      at = m[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function excerpt(link, list, into) {
    get(link, "text").then(function (html) {
      var page = new DOMParser().parseFromString(html, "text/html");
      var body = page.querySelector(".article-body");
      var text = body ? body.textContent.replace(/\s+/g, " ").trim() : "";
      var normal = normalise(text), first = -1;
      list.forEach(function (term) { var i = normal.indexOf(term); if (i >= 0 && (first < 0 || i < first)) { first = i; } });
      var start = Math.max(0, first - 40), end = Math.min(text.length, start + 120);
      into.appendChild(highlighted((start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : ""), list));
    }).catch(function () { });
  }

  function option(select, value, label, chosen) {
    var node = element("option", null, label);
    node.value = value;
    node.selected = String(value) === chosen;
    select.appendChild(node);
  }

  function link(pageNumber) {
    var next = new URLSearchParams(location.search);
    if (pageNumber > 1) { next.set("page", String(pageNumber)); } else { next.delete("page"); }
    return pageLink + "?" + next.toString();
  }

  function show(manifest, list, documents, columns) {
    var column = params.get("column") || "", year = params.get("year") || "";
    var byColumn = {}, byYear = {};
    documents.forEach(function (d) {
      if (columns) { byColumn[columns[d]] = (byColumn[columns[d]] || 0) + 1; }
      var y = yearOf(manifest, d);
      byYear[y] = (byYear[y] || 0) + 1;
    });
    var shown = documents.filter(function (d) {
      return (column === "" || String(columns[d]) === column) && (year === "" || String(yearOf(manifest, d)) === year);
    });
    var single = list.some(function (t) { return t.length === 1; }) ? "（单字只查标题，输入两个字以上可查全文）" : "";
    status.textContent = documents.length === 0
      ? "没有找到包含“" + list.join(" ") + "”的文章" + single + "。"
      : "找到 " + shown.length + " 篇包含“" + list.join(" ") + "”的文章" + single + "。";
    if (documents.length > 0) {
      var columnSelect = document.getElementById("search-column"), yearSelect = document.getElementById("search-year");
      document.getElementById("search-filter-q").value = query;
      option(columnSelect, "", "全部栏目", column);
      // Without a column chosen the columns of the results are not fetched (their file grows with the archive), so
      // every column is offered without a count.
      manifest.columns.forEach(function (c, i) {
        if (!columns) { option(columnSelect, i, c[0], column); } else if (byColumn[i]) { option(columnSelect, i, c[0] + "（" + byColumn[i] + "）", column); }
      });
      option(yearSelect, "", "全部年份", year);
      Object.keys(byYear).sort().reverse().forEach(function (y) { option(yearSelect, y, y + "年（" + byYear[y] + "）", year); });
      filters.hidden = false;
    }
    var count = Math.max(1, Math.ceil(shown.length / perPage));
    var current = Math.min(count, Math.max(1, parseInt(params.get("page") || "1", 10) || 1));
    var slice = shown.slice((current - 1) * perPage, current * perPage);
    slice.forEach(function (d) {
      var item = element("li", "search-result");
      item.setAttribute("data-document", String(d));
      var chunk = Math.floor(d / manifest.chunkSize);
      name(manifest, manifest.chunks, chunk).then(function (hash) { return get(folder + hash + ".json", "json"); }).then(function (docs) {
        var doc = docs[d % manifest.chunkSize], anchor = element("a");
        anchor.href = doc[1];
        anchor.appendChild(highlighted(doc[0], list));
        var meta = element("p", "search-meta");
        var time = element("time", null, doc[2]);
        time.setAttribute("datetime", doc[2]);
        meta.appendChild(time);
        meta.appendChild(document.createTextNode(" " + (manifest.columns[doc[3]] || [""])[0]));
        var text = element("p", "search-excerpt");
        item.appendChild(anchor);
        item.appendChild(meta);
        item.appendChild(text);
        excerpt(doc[1], list, text);
      });
      results.appendChild(item);
    });
    if (count > 1) {
      [["上一页", current - 1], ["下一页", current + 1]].forEach(function (p) {
        if (p[1] >= 1 && p[1] <= count) { var a = element("a", null, p[0]); a.href = link(p[1]); pages.appendChild(a); }
      });
      pages.appendChild(element("span", "page-status", "第 " + current + " 页，共 " + count + " 页"));
      pages.hidden = false;
    }
  }

  if (box) { box.value = query; }
  if (!query.trim()) { status.textContent = "请输入要查找的词，多个词用空格分开。"; return; }
  status.textContent = "正在查找……";
  get(indexLink, "json").then(function (manifest) {
    for (var i = 0; i + 1 < manifest.simplified.length; i += 2) { simplified[manifest.simplified[i]] = manifest.simplified[i + 1]; }
    var wanted = terms(normalise(query));
    var columns = params.get("column") ? get(folder + manifest.columnFile + ".bin", "bytes") : Promise.resolve(null);
    return Promise.all([search(manifest, wanted), columns]).then(function (found) {
      show(manifest, wanted, found[0], found[1] && new Uint8Array(found[1]));
    });
  }).catch(function () {
    // A file of the index that is gone means the site was rebuilt since this page was loaded.
    status.textContent = "搜索暂时无法使用：网站可能刚刚更新，请刷新本页再试。也可以按年份和月份浏览全部文章，或在网站地图中查找。";
  });
})();
