using System.Collections.Immutable;
using System.Text.Json;
using DeepExam.Kinds;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// What the answer form's checker needs to know of a part, and nothing of its answer: the kind's name, the
/// answer's size (a shape's or tuple's length, a vector's, matrix's or tensor's shape), and the options of a
/// choice. <see cref="Json"/> is the <c>part</c> argument of <c>DeepExamAnswerCheck.check</c>.
/// </summary>
public sealed record AnswerPartDescriptor(string Kind, ImmutableArray<int>? Size, ImmutableArray<SolvedOption>? Options)
{
    public static AnswerPartDescriptor Of(SolvedPart part) => new(
        AnswerKinds.NameOf(part.Kind),
        SizeOf(part),
        AnswerGrammar.Of(part.Kind).Reader is AnswerReader.Choice or AnswerReader.Choices ? part.Options : null);

    /// <summary>The size the grammar checks an answer against, or null for a kind whose answers have none.</summary>
    public static ImmutableArray<int>? SizeOf(SolvedPart part) => AnswerGrammar.Of(part.Kind).Reader switch
    {
        AnswerReader.Sequence when part.Answer is ListValue l => [l.Items.Length],
        AnswerReader.Grid when part.Answer is TensorValue t => [.. t.Tensor.Shape],
        _ => null,
    };

    /// <summary>{"kind":"matrix","size":[2,3],"options":null}, options as [{"letter":"A","text":"…"}, …]; deterministic.</summary>
    public string Json()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind);
            json.WritePropertyName("size");
            if (Size is { } size)
            {
                json.WriteStartArray();
                foreach (var d in size) json.WriteNumberValue(d);
                json.WriteEndArray();
            }
            else json.WriteNullValue();
            json.WritePropertyName("options");
            if (Options is { } options)
            {
                json.WriteStartArray();
                foreach (var o in options)
                {
                    json.WriteStartObject();
                    json.WriteString("letter", o.Letter);
                    json.WriteString("text", o.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else json.WriteNullValue();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
