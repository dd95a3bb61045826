using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Finds the template names a variant's working shows in their raw spelling (outS as \mathit{outS}, xsc, big): on a
/// solution sheet they read as the template's identifiers, which the student has never seen, rather than as symbols
/// of the exercise. validate warns about each, so the author can give the parameter or derived value a TeX name (<c>tex:</c>).
/// </summary>
public static class RawNameCheck
{
    /// <summary>Each part's raw names, in the order the parts come: the working is traced again, recording the names it writes.</summary>
    /// <param name="scope">The variant's values and answers, as the solver traced it (<see cref="Solving.SolvedExercise.Scope"/>).</param>
    public static IReadOnlyList<RawName> Find(ExerciseTemplate template, IReadOnlyDictionary<string, Value> scope, ExpressionEvaluator evaluator)
    {
        var names = SymbolNames.Recording(template);
        var working = new WorkingTracer(evaluator).Trace(template, scope, names);
        var found = new List<RawName>();
        for (var p = 0; p < template.Parts.Length; p++)
        {
            // A name written while tracing is reported where it shows: a symbol worked out for a step that was
            // then left out is not on the sheet.
            var text = WorkingMarkdown.Write(working[p]);
            foreach (var name in names.WrittenRaw.Order(StringComparer.Ordinal))
                if (text.Contains(TexNames.Of(name), StringComparison.Ordinal))
                    found.Add(new RawName(template.Parts[p].Id, name, TexNames.Of(name)));
        }
        return found;
    }
}

/// <summary>A template name that part <see cref="PartId"/>'s working shows in its raw spelling, <see cref="Tex"/>.</summary>
public sealed record RawName(string PartId, string Name, string Tex);
