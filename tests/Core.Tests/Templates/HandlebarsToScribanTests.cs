using DeepExam.Templates.Migration;

namespace DeepExam.Tests.Templates;

/// <summary>Schema-1 text (Handlebars) rewritten as schema-2 text (Scriban) that renders the same.</summary>
public class HandlebarsToScribanTests
{
    [TestCase("{{k}} and {{ tex w }}", "{{ k }} and {{ tex w }}")]
    [TestCase("{{dec x 3}} {{tex (flip w)}}", "{{ dec x 3 }} {{ tex (flip w) }}")]
    [TestCase("{{{k}}}", "{{ k }}")]
    [TestCase("{{shape.[0]}}", "{{ shape[0] }}")]
    [TestCase("{{conv_out n k stride=2}}", "{{ conv_out n k stride: 2 }}")]
    [TestCase("x {{#if b}}T{{else}}F{{/if}} y", "x {{ if b }}T{{ else }}F{{ end }} y")]
    [TestCase("{{#if a}}1{{else if b}}2{{/if}}", "{{ if a }}1{{ else if b }}2{{ end }}")]
    [TestCase("{{#unless soft}}hard{{/unless}}", "{{ if !soft }}hard{{ end }}")]
    [TestCase("{{#each rows}}[{{this}}]{{/each}}", "{{ for item in rows }}[{{ item }}]{{ end }}")]
    [TestCase("{{#each a}}{{#each this}}{{this}}{{/each}}{{/each}}", "{{ for item in a }}{{ for item2 in item }}{{ item2 }}{{ end }}{{ end }}")]
    [TestCase("{{! a note }}x{{!-- another --}}", "{{ # a note }}x{{ # another }}")]
    [TestCase("A\n  {{#if b}}\n  yes\n  {{else}}\n  no\n  {{/if}}\nB", "A\n  {{~ if b ~}}\n  yes\n  {{~ else ~}}\n  no\n  {{~ end ~}}\nB")]
    [TestCase("\\frac{ {{N}} }{2}", "\\frac{ {{ N }} }{2}")]
    public void Converts_tags_and_blocks(string handlebars, string scriban)
    {
        var problems = new List<string>();
        Assert.That(HandlebarsToScriban.Convert(handlebars, problems), Is.EqualTo(scriban));
        Assert.That(problems, Is.Empty);
    }

    [TestCase("{{#with x}}y{{/with}}", "block helper '#with' has no Scriban counterpart here")]
    [TestCase("{{#if x}}y", "'{{#if}}' is never closed")]
    [TestCase("{{/if}}", "closes no open '#if'")]
    [TestCase("{{#each xs}}{{@index}}{{/each}}", "data variables such as @index")]
    public void What_it_cannot_convert_is_left_and_listed(string handlebars, string problem)
    {
        var problems = new List<string>();
        HandlebarsToScriban.Convert(handlebars, problems);
        Assert.That(problems, Has.Some.Contains(problem));
    }
}
