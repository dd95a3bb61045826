// STAND-IN until the grammar branch's generic checker is merged (then this file goes): the same API,
// DeepExamAnswerCheck.check(grammar, part, text) and .checkEntry(grammar, text), with a rough number pattern.
var DeepExamAnswerCheck = (function () {
  'use strict';
  var number = /^\s*[-\u2212]?(\d{1,3}([ ,_\u202f]\d{3})+|\d+)(\.\d+)?(\s*\/\s*\d+)?\s*$/;
  function checkEntry(grammar, text) {
    if (!text.trim()) return { status: 'empty', message: '' };
    if (text.indexOf(',') >= 0) return { status: 'format', message: "'" + text + "' has a comma inside one entry" };
    return number.test(text) ? { status: 'ok', message: '' } : { status: 'format', message: "'" + text + "' is not a number; write it like 1792, -3, 11/3 or 0.25" };
  }
  function check(grammar, part, text) {
    if (!text.trim()) return { status: 'empty', message: '' };
    if (part.kind === 'integer' || part.kind === 'exact' || part.kind === 'approx')
      return number.test(text) ? { status: 'ok', message: '' } : { status: 'format', message: "'" + text + "' is not a number; write it like 1792, 10,001,000, -3, 11/3 or 0.25" };
    var items = text.trim().replace(/^[\[(]\s*/, '').replace(/\s*[\])]$/, '').split(/\s*[,x\u00d7*]\s*/);
    for (var i = 0; i < items.length; i++) {
      var entry = checkEntry(grammar, items[i]);
      if (entry.status !== 'ok') return { status: 'format', message: entry.message || 'an entry is missing' };
    }
    if (part.size && items.length !== part.size[0]) return { status: 'size', message: items.length + ' entries; the answer has ' + part.size[0] };
    return { status: 'ok', message: '' };
  }
  return { check: check, checkEntry: checkEntry };
}());
