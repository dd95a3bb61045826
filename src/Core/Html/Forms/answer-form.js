// The answer form's page script. It checks each answer as it is typed, with the answer checker
// (DeepExamAnswerCheck, the generic reader of the answer grammar embedded beside it); saves the answers as the
// student's answer sheet, the blank sheet of answer-sheets/ with each answer written after its key and quoted,
// so the grader reads exactly what was typed; and loads such a file back, refusing anything this script would not
// have written. Plain ES2019, no library, no network request.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('deepexam-form').textContent);
  var grammar = JSON.parse(document.getElementById('deepexam-grammar').textContent);
  var checker = window.DeepExamAnswerCheck;
  var toArray = function (list) { return Array.prototype.slice.call(list); };

  // A field's message places: a format problem and a size notice, each named by its inputs' aria-describedby.
  function place(box, id, kind) {
    var p = document.createElement('p');
    p.className = kind;
    p.id = id + '-' + kind;
    box.appendChild(p);
    return p;
  }

  // "row 1, column 2", "entry 3" or a named entry ("W"), and "of slice 2, 1" in a tensor: cell number i of a field's shape.
  function cellName(spec, i) {
    var shape = spec.shape;
    var columns = shape[shape.length - 1];
    var rows = shape.length === 1 ? 1 : shape[shape.length - 2];
    var column = i % columns;
    var name = shape.length === 1
      ? (spec.names ? spec.names[column] : 'entry ' + (column + 1))
      : 'row ' + (Math.floor(i / columns) % rows + 1) + ', column ' + (column + 1);
    if (shape.length > 2) {
      var slice = [];
      for (var axis = shape.length - 3, rest = Math.floor(i / (rows * columns)); axis >= 0; axis--) {
        slice.unshift(rest % shape[axis] + 1);
        rest = Math.floor(rest / shape[axis]);
      }
      name += ' of slice ' + slice.join(', ');
    }
    return name;
  }

  // The page's .field elements are the form's fields in order. The script ties each one's hint and messages to its
  // inputs and names each cell of a grid ("row 1, column 2 of answer 4.a"); the page leaves that to it to stay small.
  var boxes = toArray(document.querySelectorAll('.field'));
  var fields = data.fields.map(function (spec, index) {
    var box = boxes[index];
    var id = 'a' + index;
    var hint = box.querySelector('.hint');
    hint.id = id + '-hint';
    var answer = box.querySelector('legend, label').textContent;
    answer = answer.charAt(0).toLowerCase() + answer.slice(1);
    var typed = toArray(box.querySelectorAll('input:not([type])'));
    if (spec.input !== 'text') box.setAttribute('aria-describedby', hint.id);
    typed.forEach(function (input, i) {
      input.setAttribute('aria-describedby', (spec.input === 'text' ? hint.id + ' ' : '') + id + '-problem ' + id + '-notice');
      if (spec.input === 'cells') input.setAttribute('aria-label', cellName(spec, i) + ' of ' + answer);
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('autocapitalize', 'off');
      input.spellcheck = false;
    });
    return {
      spec: spec,
      box: box,
      text: spec.input === 'text' ? typed[0] : null,
      cells: spec.input === 'cells' ? typed : [],
      choices: toArray(box.querySelectorAll('input[type=radio], input[type=checkbox]')),
      problem: place(box, id, 'problem'),
      notice: place(box, id, 'notice')
    };
  });

  // ---- Checking: a format problem is flagged on its input; a well-formed answer of another size, or a grid with
  // empty cells, is a notice beside it (the grader marks such an answer wrong, not unreadable).

  function mark(input, bad) {
    if (bad) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  function show(field, problem, notice) {
    if (field.problem.textContent !== problem) field.problem.textContent = problem;
    if (field.notice.textContent !== notice) field.notice.textContent = notice;
  }

  // 'empty', 'ok', 'format', 'size' or (a grid with some cells empty) 'incomplete'.
  function checkField(field) {
    var spec = field.spec;
    if (spec.input === 'text') {
      var result = checker.check(grammar, spec.part, field.text.value);
      mark(field.text, result.status === 'format');
      show(field, result.status === 'format' ? result.message : '', result.status === 'size' ? result.message : '');
      return result.status;
    }
    if (spec.input === 'cells') {
      var problems = [];
      var filled = 0;
      field.cells.forEach(function (cell) {
        var entry = checker.checkEntry(grammar, cell.value);
        mark(cell, entry.status === 'format');
        if (entry.status === 'format') problems.push(cell.getAttribute('aria-label') + ': ' + entry.message);
        if (entry.status !== 'empty') filled++;
      });
      var total = field.cells.length;
      var more = problems.length > 1 ? ' (and ' + (problems.length - 1) + ' more)' : '';
      show(field, problems.length > 0 ? problems[0] + more : '',
        filled > 0 && filled < total ? (total - filled) + ' of ' + total + (total - filled === 1 ? ' entries is' : ' entries are') + ' empty: fill in every entry' : '');
      return problems.length > 0 ? 'format' : filled === 0 ? 'empty' : filled < total ? 'incomplete' : 'ok';
    }
    return field.choices.some(function (c) { return c.checked; }) ? 'ok' : 'empty';
  }

  // "None of them" and the letters exclude each other.
  function keepExclusive(field, changed) {
    if (!changed.checked) return;
    field.choices.forEach(function (c) {
      if (c !== changed && (changed.value === '' || c.value === '')) c.checked = false;
    });
  }

  // ---- Saving: YAML text as the grader reads it.

  // A double-quoted YAML string, escaped as the generator's own YAML writer escapes (YamlText.Quote).
  function quote(text) {
    var out = '"';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = text.charCodeAt(i);
      if (c === '"') out += '\\"';
      else if (c === '\\') out += '\\\\';
      else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\t') out += '\\t';
      else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += '\\u' + ('000' + code.toString(16)).slice(-4);
      else out += c;
    }
    return out + '"';
  }

  function nest(items, shape) {
    if (shape.length === 1) return '[' + items.join(', ') + ']';
    var size = items.length / shape[0];
    var rows = [];
    for (var i = 0; i < shape[0]; i++) rows.push(nest(items.slice(i * size, (i + 1) * size), shape.slice(1)));
    return '[' + rows.join(', ') + ']';
  }

  // The answer as YAML flow text, or '' when the part is unanswered (the sheet's line then stays as handed out).
  function answerOf(field) {
    var spec = field.spec;
    if (spec.input === 'text') return field.text.value.trim() === '' ? '' : quote(field.text.value);
    if (spec.input === 'cells') {
      var values = field.cells.map(function (c) { return c.value; });
      if (values.every(function (v) { return v.trim() === ''; })) return '';
      return nest(values.map(quote), spec.shape);
    }
    var picked = field.choices.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    if (picked.length === 0) return '';
    if (spec.input === 'some') return '[' + picked.filter(function (v) { return v !== ''; }).map(quote).join(', ') + ']';
    return quote(picked[0]);
  }

  // The blank sheet with each answer after its key, on the line that holds the quoted key ("  \"1.a\":").
  function sheetText() {
    var lines = data.sheet.split('\n');
    fields.forEach(function (field) {
      var answer = answerOf(field);
      if (answer !== '') lines[lines.indexOf('  ' + quote(field.spec.key) + ':')] += ' ' + answer;
    });
    return lines.join('\n');
  }

  function status(text) {
    toArray(document.querySelectorAll('.form-status')).forEach(function (p) { p.textContent = text; });
  }

  function keysWith(statuses, wanted) {
    return fields.filter(function (f, i) { return statuses[i] === wanted; }).map(function (f) { return f.spec.key; });
  }

  function save() {
    var url = URL.createObjectURL(new Blob([sheetText()], { type: 'application/yaml' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = data.file;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    var statuses = fields.map(checkField);
    var unanswered = keysWith(statuses, 'empty');
    var unreadable = keysWith(statuses, 'format');
    var incomplete = keysWith(statuses, 'incomplete');
    status('Saved ' + data.file + ' (' + (fields.length - unanswered.length) + ' of ' + fields.length + ' answered).' +
      (unreadable.length > 0 ? ' The grader cannot read ' + unreadable.join(', ') + ': see the message under each.' : '') +
      (incomplete.length > 0 ? ' Some entries are empty in ' + incomplete.join(', ') + '.' : '') +
      ' Hand in that file.');
  }

  // ---- Loading: only what save() writes: comments, blank lines, the four header lines, "answers:", and one line
  // per part with nothing, a quoted string or a list of them after the key.

  function unquote(text, where) {
    // The escapes quote() writes mean the same in JSON.
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new Error(where + 'a quoted text with an escape this form does not write');
    }
  }

  function flowValue(text, where) {
    var at = 0;
    function item() {
      if (text.charAt(at) === '"') {
        var m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(at));
        if (!m) throw new Error(where + 'a quoted answer is not closed');
        at += m[0].length;
        return unquote(m[0], where);
      }
      if (text.charAt(at) === '[') {
        at++;
        var items = [];
        if (text.charAt(at) === ']') { at++; return items; }
        for (;;) {
          items.push(item());
          if (text.substr(at, 2) === ', ') { at += 2; continue; }
          if (text.charAt(at) === ']') { at++; return items; }
          throw new Error(where + 'expected ", " or "]" at column ' + (at + 1) + ' of the answer');
        }
      }
      throw new Error(where + 'an answer this form writes is quoted ("...") or a list of quoted answers');
    }
    var value = item();
    if (at !== text.length) throw new Error(where + 'something follows the answer');
    return value;
  }

  function parseSheet(text) {
    var lines = text.replace(/\r\n/g, '\n').split('\n');
    var header = Object.create(null);
    var answers = Object.create(null);
    var inAnswers = false;
    lines.forEach(function (line, i) {
      var where = 'line ' + (i + 1) + ': ';
      var m;
      if (line === '' || /^(?: {2})?#/.test(line)) return;
      if (!inAnswers && (m = /^(sheet|exam|student|check): (.+)$/.exec(line))) {
        if (m[1] in header) throw new Error(where + m[1] + ' is given twice');
        header[m[1]] = m[1] === 'sheet' ? m[2] : flowValue(m[2], where);
        return;
      }
      if (!inAnswers && line === 'answers:') { inAnswers = true; return; }
      if (inAnswers && (m = /^ {2}("(?:[^"\\]|\\.)*"):(?: (.+))?$/.exec(line))) {
        var key = unquote(m[1], where);
        if (key in answers) throw new Error(where + 'part ' + key + ' is answered twice');
        answers[key] = m[2] === undefined ? null : flowValue(m[2], where);
        return;
      }
      throw new Error(where + 'this is not a line this form writes');
    });
    if (header.sheet !== '1' || !inAnswers) throw new Error('it is not an answer sheet saved by this form');
    if (header.exam !== data.exam) throw new Error('it is for exam ' + header.exam + ', this form is for ' + data.exam);
    if (header.student !== data.student) throw new Error('it is the answer sheet of ' + header.student + ', this form is ' + data.student + '\u2019s');
    if (header.check !== data.check) throw new Error('its check code is ' + header.check + ', this form\u2019s is ' + data.check);
    return answers;
  }

  function flat(value, shape) {
    if (!Array.isArray(value) || value.length !== shape[0]) return null;
    var out = [];
    for (var i = 0; i < value.length; i++) {
      var inner = shape.length === 1 ? (typeof value[i] === 'string' ? [value[i]] : null) : flat(value[i], shape.slice(1));
      if (inner === null) return null;
      out = out.concat(inner);
    }
    return out;
  }

  // What the file gives a field, checked to fit it; throws when it cannot have come from this form.
  function fitted(field, given) {
    var spec = field.spec;
    var values = field.choices.map(function (c) { return c.value; });
    var fits;
    if (spec.input === 'text') fits = typeof given === 'string';
    else if (spec.input === 'cells') fits = (given = flat(given, spec.shape)) !== null;
    else if (spec.input === 'some') {
      fits = Array.isArray(given) && given.every(function (v) { return typeof v === 'string' && v !== '' && values.indexOf(v) >= 0; });
      if (fits && given.length === 0) given = [''];
    } else {
      fits = typeof given === 'string' && values.indexOf(given) >= 0;
      if (fits) given = [given];
    }
    if (!fits) throw new Error('the answer to ' + spec.key + ' does not fit its field');
    return given;
  }

  function setField(field, value) {
    if (field.spec.input === 'text') field.text.value = value === null ? '' : value;
    else if (field.spec.input === 'cells') field.cells.forEach(function (c, i) { c.value = value === null ? '' : value[i]; });
    else field.choices.forEach(function (c) { c.checked = value !== null && value.indexOf(c.value) >= 0; });
  }

  function fill(answers) {
    Object.keys(answers).forEach(function (key) {
      if (!fields.some(function (f) { return f.spec.key === key; })) throw new Error('this form has no part ' + key);
    });
    // Every answer is checked before any field changes: a file that does not fit changes nothing.
    var values = fields.map(function (field) {
      var given = field.spec.key in answers ? answers[field.spec.key] : null;
      return given === null ? null : fitted(field, given);
    });
    fields.forEach(function (field, i) { setField(field, values[i]); });
    var statuses = fields.map(checkField);
    return fields.length - keysWith(statuses, 'empty').length;
  }

  function load(file) {
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var answered = fill(parseSheet(String(reader.result)));
        status('Loaded ' + file.name + ' (' + answered + ' of ' + fields.length + ' answered).');
      } catch (e) {
        status('Not loaded: ' + file.name + ' is not this form\u2019s answer sheet: ' + e.message + '. Nothing was changed.');
      }
    };
    reader.onerror = function () { status('Not loaded: ' + file.name + ' could not be read.'); };
    reader.readAsText(file);
  }

  // ---- Wiring.

  fields.forEach(function (field) {
    field.box.addEventListener('input', function () { checkField(field); });
    field.box.addEventListener('change', function (event) {
      if (field.spec.input === 'some') keepExclusive(field, event.target);
      checkField(field);
    });
    // A browser may restore typed values when the page is opened again.
    checkField(field);
  });
  toArray(document.querySelectorAll('button.save')).forEach(function (b) { b.addEventListener('click', save); });
  var picker = document.querySelector('.load input[type=file]');
  picker.addEventListener('change', function () {
    if (picker.files.length > 0) load(picker.files[0]);
    picker.value = '';
  });
}());
