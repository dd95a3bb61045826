// DeepExam answer checker: reads a typed answer by the answer grammar (DeepExam.Answers.Grammar, embedded
// in each answer form as JSON) exactly as the grader reads it, reader for reader, and says whether the
// grader could read it. It never says whether an answer is right: the form holds no answers.
//
//   DeepExamAnswerCheck.check(grammar, part, text)   part: { kind, size: null | [n] | [rows, cols] | [d0, ...], options: null | [{ letter, text }] }
//   DeepExamAnswerCheck.checkEntry(grammar, text)    one cell of a grid or one entry of a list: a number without a comma
//     -> { status: "empty" | "ok" | "format" | "size", message }
//
// Plain ES2019, no dependencies; exact, so whole numbers are tested with decimal-string arithmetic, never floats.
(function (root) {
  "use strict";

  // A format error on its way out of a reader; its message is the grader's.
  function Failure(message) { this.message = message; }
  function fail(message) { throw new Failure(message); }

  // The grammar's patterns compiled once per grammar object.
  var compiledGrammars = new WeakMap();
  function compile(g) {
    var c = compiledGrammars.get(g);
    if (c) return c;
    c = {
      numberForms: g.number.forms.map(function (f) { return { form: f, regex: whole(f.pattern) }; }),
      shapeSeparator: new RegExp(g.list.shapeSeparator),
      letter: whole(g.choice.letter),
      letterRun: whole(g.choice.letterRun),
      kinds: {}
    };
    g.kinds.forEach(function (k) { c.kinds[k.name] = k; });
    compiledGrammars.set(g, c);
    return c;
  }
  function whole(pattern) { return new RegExp("^(?:" + pattern + ")$"); }

  // ---- text -------------------------------------------------------------------------------------------
  function isBlankChar(g, ch) { return g.blank.indexOf(ch) >= 0; }
  function isBlank(g, text) {
    for (var i = 0; i < text.length; i++) if (!isBlankChar(g, text[i])) return false;
    return true;
  }
  function trimStart(g, s) { var i = 0; while (i < s.length && isBlankChar(g, s[i])) i++; return s.slice(i); }
  function trimEnd(g, s) { var j = s.length; while (j > 0 && isBlankChar(g, s[j - 1])) j--; return s.slice(0, j); }
  function trim(g, s) { return trimEnd(g, trimStart(g, s)); }
  function normalize(g, text) {
    var s = trim(g, text);
    g.number.replacements.forEach(function (r) { s = s.split(r.from).join(r.to); });
    return s;
  }
  function without(s, chars) {
    if (!chars) return s;
    var out = "";
    for (var i = 0; i < s.length; i++) if (chars.indexOf(s[i]) < 0) out += s[i];
    return out;
  }
  function splitOn(s, chars) {
    var parts = [], current = "";
    for (var i = 0; i < s.length; i++) {
      if (chars.indexOf(s[i]) >= 0) { parts.push(current); current = ""; } else current += s[i];
    }
    parts.push(current);
    return parts;
  }
  function quote(g, s) { return s.length <= g.quoteLimit ? s : s.slice(0, g.quoteLimit - 3) + "..."; }
  function fill(template, values) {
    return template.replace(/\{([a-z]+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  // As .NET's ToLowerInvariant: one character for one (JavaScript would turn U+0130 into two).
  function lowerInvariant(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) { var l = s[i].toLowerCase(); out += l.length === 1 ? l : s[i]; }
    return out;
  }
  function formatShape(shape) { return "[" + shape.join(", ") + "]"; }

  // ---- numbers ----------------------------------------------------------------------------------------
  function readNumber(g, c, text) {
    if (text.length === 0 || text.length > g.number.maxLength) return null;
    var normalized = normalize(g, text);
    for (var i = 0; i < c.numberForms.length; i++) {
      var f = c.numberForms[i];
      var m = f.regex.exec(without(normalized, f.form.removed));
      if (m) return { groups: m.groups || {}, form: f.form };
    }
    return null;
  }

  // A decimal mantissa ("-12.50") as its digits without leading zeros and the power of ten they carry.
  function decimalParts(mantissa, exponent) {
    var s = mantissa.replace(/^[+-]/, "");
    var dot = s.indexOf(".");
    var digits = dot >= 0 ? s.slice(0, dot) + s.slice(dot + 1) : s;
    var power = (exponent ? parseInt(exponent, 10) : 0) - (dot >= 0 ? s.length - dot - 1 : 0);
    digits = digits.replace(/^0+/, "");
    while (digits.length > 0 && digits[digits.length - 1] === "0") { digits = digits.slice(0, -1); power++; }
    return { digits: digits, power: power };
  }
  function compareDigits(a, b) { return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0; }
  function subtractDigits(a, b) {
    var out = [], borrow = 0;
    for (var i = a.length - 1, j = b.length - 1; i >= 0; i--, j--) {
      var d = a.charCodeAt(i) - 48 - borrow - (j >= 0 ? b.charCodeAt(j) - 48 : 0);
      borrow = d < 0 ? 1 : 0;
      out.push(d + borrow * 10);
    }
    return out.reverse().join("").replace(/^0+/, "");
  }
  // Whether digits × 10^zeros is a multiple of divisor (decimal strings, no leading zeros; divisor not empty).
  function divides(divisor, digits, zeros) {
    var r = "";
    function step(d) {
      r = (r + d).replace(/^0+/, "");
      while (compareDigits(r, divisor) >= 0) r = subtractDigits(r, divisor);
    }
    for (var i = 0; i < digits.length; i++) step(digits[i]);
    for (var z = 0; z < zeros && r !== ""; z++) step("0");
    return r === "";
  }
  // Whether a read number is whole, exactly: m × 10^e / (dm × 10^de).
  function isWhole(read) {
    var gr = read.groups;
    var n = decimalParts(without(gr.m, read.form.ignored), gr.e);
    if (n.digits === "") return true;
    var d = gr.dm !== undefined ? decimalParts(gr.dm, gr.de) : { digits: "1", power: 0 };
    var power = n.power - d.power;
    // Digits with no trailing zero are a multiple of 10^k only for k = 0.
    return power < 0 ? false : divides(d.digits, n.digits, power);
  }

  // ---- lists ------------------------------------------------------------------------------------------
  function looksNested(g, text) {
    var t = trimStart(g, text);
    return t.length > 0 && g.list.openers.indexOf(t[0]) >= 0;
  }
  function parseNested(g, text) {
    var L = g.list, M = g.messages, i = 0;
    function skipBlanks() { while (i < text.length && isBlankChar(g, text[i])) i++; }
    function item(depth) {
      skipBlanks();
      var opener = i < text.length ? L.openers.indexOf(text[i]) : -1;
      if (opener >= 0) {
        if (depth >= L.maxNesting) fail(fill(M.nestedTooDeep, { depth: L.maxNesting }));
        var close = L.closers[opener];
        i++;
        var items = [];
        skipBlanks();
        if (i < text.length && text[i] === close) { i++; return { list: items }; }
        for (;;) {
          items.push(item(depth + 1));
          skipBlanks();
          if (i >= text.length) fail(fill(M.notClosed, { close: close }));
          if (text[i] === L.separator) { i++; continue; }
          if (text[i] === close) { i++; return { list: items }; }
          fail(fill(M.expectedSeparator, { separator: L.separator, close: close, found: text[i] }));
        }
      }
      var start = i;
      while (i < text.length && text[i] !== L.separator && L.openers.indexOf(text[i]) < 0 && L.closers.indexOf(text[i]) < 0) i++;
      var cell = trim(g, text.slice(start, i));
      if (cell.length === 0) fail(M.emptyEntry);
      return { text: cell };
    }
    var node = item(0);
    skipBlanks();
    if (i !== text.length) fail(fill(M.textAfterList, { rest: trim(g, text.slice(i)) }));
    return node;
  }
  function row(g, text) {
    var cells = [], current = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (isBlankChar(g, ch) || ch === g.list.separator) {
        if (current.length > 0) cells.push({ text: current });
        current = "";
      } else current += ch;
    }
    if (current.length > 0) cells.push({ text: current });
    return { list: cells };
  }
  function rows(g, text) {
    return { list: splitOn(text, g.list.rowSeparators).map(function (r) { return trim(g, r); })
      .filter(function (r) { return r.length > 0; }).map(function (r) { return row(g, r); }) };
  }
  function show(node) { return node.list ? "[" + node.list.map(show).join(", ") + "]" : node.text; }

  // ---- readers ----------------------------------------------------------------------------------------
  function readScalar(g, c, text) {
    if (readNumber(g, c, text)) return;
    var M = g.messages;
    var pieces = normalize(g, text).split(g.list.separator).map(function (p) { return trim(g, p); });
    if (pieces.length < 2 || !pieces.every(function (p) { return readNumber(g, c, p); })) fail(fill(M.notANumber, { text: quote(g, text) }));
    if (pieces.length === 2 && pieces.every(function (p) { return /^[0-9]+$/.test(p); }))
      fail(fill(M.decimalComma, { text: quote(g, text), decimal: pieces[0] + "." + pieces[1] }));
    fail(fill(M.listForANumber, { text: quote(g, text), list: quote(g, "[" + pieces.join(", ") + "]") }));
  }

  function readEntry(g, c, text) {
    var M = g.messages, sep = g.list.separator;
    if (text.indexOf(sep) >= 0) {
      if (readNumber(g, c, text)) fail(fill(M.commaInNumberEntry, { text: quote(g, text), plain: quote(g, text.split(sep).join("")) }));
      fail(fill(M.commaInEntry, { text: quote(g, text) }));
    }
    var read = readNumber(g, c, text);
    if (!read) fail(fill(M.entryNotANumber, { text: quote(g, text) }));
    return read;
  }

  function readSequence(g, c, kind, part, text) {
    var M = g.messages, L = g.list;
    var t = normalize(g, text), node;
    if (looksNested(g, t)) node = parseNested(g, t);
    else if (c.shapeSeparator.test(t) && t.indexOf(L.separator) < 0)
      node = { list: t.split(new RegExp(L.shapeSeparator, "g")).map(function (cell) { return { text: cell }; }) };
    else node = row(g, t);
    if (!node.list || node.list.some(function (n) { return n.list; })) fail(fill(M.expectedSequence, { form: kind.form, example: L.example }));
    var numbers = node.list.map(function (n) { return readEntry(g, c, n.text); });
    if (kind.wholeNumbers && numbers.some(function (n) { return !isWhole(n); }))
      fail(fill(M.wholeSizes, { form: kind.form, example: L.example }));
    if (part.size && numbers.length !== part.size[0])
      return { status: "size", message: fill(M.wrongLength, { given: numbers.length, expected: part.size[0] }) };
    return null;
  }

  function readGrid(g, c, kind, part, text) {
    var M = g.messages, L = g.list;
    var size = part.size || [];
    var rank = part.size ? part.size.length : kind.name === "vector" ? 1 : 2;
    var form = fill(kind.form, { shape: formatShape(size) });
    var t = normalize(g, text);
    var node = looksNested(g, t) ? parseNested(g, t) : rank === 1 ? row(g, t) : rows(g, t);
    var shape = [], cells = 0;
    function flatten(n, depth) {
      if (!n.list) {
        if (depth === 0) fail(M.numberNotList);
        if (shape.length !== depth) fail(M.ragged);
        readEntry(g, c, n.text);
        cells++;
        return;
      }
      if (depth >= L.maxRank) fail(fill(M.nestedTooDeep, { depth: L.maxRank }));
      if (n.list.length === 0) fail(M.emptyList);
      if (shape.length === depth && cells === 0) shape.push(n.list.length);
      else if (shape.length <= depth || shape[depth] !== n.list.length) fail(M.ragged);
      n.list.forEach(function (item) { flatten(item, depth + 1); });
    }
    try {
      flatten(node, 0);
    } catch (e) {
      if (e instanceof Failure) fail(fill(M.expectedGridBecause, { form: form, why: e.message }));
      throw e;
    }
    if (shape.length === 0) fail(fill(M.expectedGrid, { form: form }));
    if (part.size && formatShape(shape) !== formatShape(part.size))
      return { status: "size", message: fill(M.wrongShape, { given: formatShape(shape), expected: formatShape(part.size) }) };
    return null;
  }

  function letters(part) { return (part.options || []).map(function (o) { return o.letter; }).join(", "); }
  function canonical(g, s) {
    var words = splitOn(lowerInvariant(s), g.blank).filter(function (w) { return w.length > 0; }).join(" ");
    var end = words.length;
    while (end > 0 && g.choice.textTrimEnd.indexOf(words[end - 1]) >= 0) end--;
    return words.slice(0, end);
  }
  function readOption(g, c, part, text) {
    var M = g.messages, options = part.options || [];
    var trimmed = trim(g, text);
    var m = c.letter.exec(trimmed);
    if (m) {
      var letter = m.groups.l.toUpperCase();
      if (options.some(function (o) { return o.letter === letter; })) return letter;
      fail(fill(M.noSuchOption, { letter: letter, letters: letters(part) }));
    }
    var wanted = canonical(g, trimmed);
    for (var i = 0; i < options.length; i++) if (canonical(g, options[i].text) === wanted) return options[i].letter;
    fail(fill(M.notAnOption, { text: quote(g, text), letters: letters(part) }));
  }
  function readChoices(g, c, part, text) {
    var picks;
    var run = trim(g, text);
    if (looksNested(g, text)) {
      var node = parseNested(g, text);
      if (!node.list) fail(fill(g.messages.expectedLetters, { letters: letters(part) }));
      picks = node.list.map(show);
    } else if (c.letterRun.test(run) && run.length <= (part.options || []).length) picks = run.split("");
    else picks = splitOn(text, g.choice.pickSeparators).filter(function (p) { return p.length > 0; });
    picks.forEach(function (p) { readOption(g, c, part, p); });
  }
  function readTrueFalse(g, text) {
    var t = lowerInvariant(trim(g, text));
    if (g.trueFalse.true.indexOf(t) < 0 && g.trueFalse.false.indexOf(t) < 0) fail(g.messages.expectedTrueFalse);
  }

  function read(g, c, kind, part, text) {
    switch (kind.reader) {
      case "number": readScalar(g, c, text); return null;
      case "sequence": return readSequence(g, c, kind, part, text);
      case "grid": return readGrid(g, c, kind, part, text);
      case "choice": readOption(g, c, part, text); return null;
      case "choices": readChoices(g, c, part, text); return null;
      case "trueFalse": readTrueFalse(g, text); return null;
      default: throw new Error("DeepExamAnswerCheck: the grammar names an unknown reader '" + kind.reader + "'");
    }
  }

  function outcome(run) {
    try {
      return run() || { status: "ok", message: "" };
    } catch (e) {
      if (e instanceof Failure) return { status: "format", message: e.message };
      throw e;
    }
  }

  var api = {
    check: function (grammar, part, text) {
      var c = compile(grammar);
      var kind = c.kinds[part.kind];
      if (!kind) throw new Error("DeepExamAnswerCheck: no answer kind '" + part.kind + "' in the grammar");
      if (isBlank(grammar, text)) return { status: "empty", message: "" };
      return outcome(function () { return read(grammar, c, kind, part, text); });
    },
    checkEntry: function (grammar, text) {
      var c = compile(grammar);
      if (isBlank(grammar, text)) return { status: "empty", message: "" };
      return outcome(function () { readEntry(grammar, c, text); return null; });
    }
  };

  root.DeepExamAnswerCheck = api;
  if (typeof module === "object" && module && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : this);
