using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Expressions.Syntax;
using DeepExam.Kinds;
using DeepExam.Numbers;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>Reads one entry of <c>parts:</c>. Names visible to its expressions are passed in by the loader.</summary>
/// <param name="source">The file's text, for the columns of text in indented blocks.</param>
public sealed class PartReader(string file, DiagnosticBag diagnostics, TemplateExpressions expressions, string? source = null)
{
    public PartTemplate? Read(YamlNode node, IReadOnlyCollection<string> names, IReadOnlyCollection<string> earlierParts)
    {
        if (YamlMap.From(file, node, diagnostics, "a part") is not { } map) return null;
        var id = map.String("id", required: true);
        if (id is not null && !TemplateNames.IsIdentifier(id))
            diagnostics.Error(map.LocationOf("id"), $"part id '{id}' must be a name of letters, digits and '_' starting with a letter", DiagnosticCodes.InvalidPartId);
        var kindName = map.String("kind", required: true);
        AnswerKindHandler? kind = null;
        if (kindName is not null)
        {
            if (AnswerKinds.ByName.TryGetValue(kindName, out var k)) kind = AnswerKinds.Of(k);
            else diagnostics.Error(map.LocationOf("kind"), $"unknown answer kind '{kindName}'; use one of {string.Join(", ", AnswerKinds.ByName.Keys)}{Suggestions.DidYouMean(kindName, AnswerKinds.ByName.Keys)}", DiagnosticCodes.UnknownAnswerKind);
        }
        // An unknown kind takes no options, digits or order, and its answer is not required (its name is the error).
        var isChoice = kind is ChosenAnswerKind;
        var visible = names.Concat(earlierParts).ToHashSet(StringComparer.Ordinal);

        CompiledExpression? answer = null;
        if (isChoice)
        {
            if (map.Has("answer")) diagnostics.Error(map.LocationOf("answer"), "a choice part takes its answer from the options' 'correct' fields; remove 'answer'", DiagnosticCodes.ChoicePartWithAnswer);
        }
        else answer = expressions.Compile(map.Get("answer", required: kind is not null), visible, "answer");

        var points = map.Rational("points", required: true) ?? Rational.One;
        if (points.Sign <= 0) diagnostics.Error(map.LocationOf("points"), "points must be positive", DiagnosticCodes.PartPointsNotPositive);

        var tolerance = ReadTolerance(map, kind);
        var digits = map.Int("digits", min: 0, max: 12);
        if (digits is not null && kind is not { TakesDigits: true })
            diagnostics.Error(map.LocationOf("digits"), $"'digits' (decimals accepted for an exact answer) applies to {AnswerKinds.NamesWhere(h => h.TakesDigits, "and")} parts", DiagnosticCodes.DigitsNotTaken);

        var order = map.Strings("order");
        if (order.Count > 0 && kind is not { TakesOrder: true })
            diagnostics.Error(map.LocationOf("order"), $"'order' names the components of a {AnswerKinds.NamesWhere(h => h.TakesOrder, "or")} answer", DiagnosticCodes.OrderNotTaken);

        var options = ImmutableArray<ChoiceOption>.Empty;
        if (isChoice) options = ReadOptions(map, names);
        else if (map.Has("options")) diagnostics.Error(map.LocationOf("options"), $"'options' belong to {AnswerKinds.NamesWhere(h => h is ChosenAnswerKind, "and")} parts", DiagnosticCodes.OptionsNotTaken);
        var shuffle = map.Bool("shuffle") ?? isChoice;

        var mistakes = ImmutableArray.CreateBuilder<MistakeRule>();
        if (map.Sequence("mistakes") is { } mistakeNodes)
        {
            var mistakeNames = id is null ? visible : visible.Append(id).ToHashSet(StringComparer.Ordinal);
            foreach (var m in mistakeNodes)
            {
                if (YamlMap.From(file, m, diagnostics, "a mistake") is not { } mm) continue;
                var alt = expressions.Compile(mm.Get("answer", required: true), mistakeNames, "mistake answer");
                var feedback = Text(mm, "feedback", required: true);
                var when = expressions.Compile(mm.Get("when"), mistakeNames, "mistake 'when'");
                mm.ReportUnknownKeys("a mistake");
                if (alt is not null) mistakes.Add(new MistakeRule(alt, feedback, when));
            }
        }

        var uses = answer is null ? [] : ExpressionReferences.Of(answer.Root).Where(earlierParts.Contains).Distinct().ToImmutableArray();
        var carry = map.Rational("carry_forward") ?? Rational.One;
        if (carry.Sign < 0 || carry > Rational.One) diagnostics.Error(map.LocationOf("carry_forward"), "carry_forward is the share of the points given for a correct follow-on from a wrong earlier answer: 0 to 1", DiagnosticCodes.CarryForwardOutOfRange);

        var part = new PartTemplate(
            Id: id ?? "?",
            Prompt: Text(map, "prompt", required: true),
            Kind: kind?.Kind ?? AnswerKind.Integer,
            Answer: answer,
            Points: points,
            Tolerance: tolerance,
            Digits: digits,
            Order: [.. order],
            Options: options,
            Shuffle: shuffle,
            Solution: Text(map, "solution"),
            Mistakes: mistakes.ToImmutable(),
            Uses: uses,
            CarriedForward: carry,
            Location: map.Location);
        map.ReportUnknownKeys("a part");
        return part;
    }

    private Tolerance? ReadTolerance(YamlMap map, AnswerKindHandler? kind)
    {
        if (map.Map("tolerance") is not { } t)
            return kind?.DefaultTolerance;
        Tolerance? tolerance = null;
        foreach (var (name, mode) in new[] { ("relative", ToleranceMode.Relative), ("absolute", ToleranceMode.Absolute), ("sigfigs", ToleranceMode.SignificantFigures) })
        {
            if (t.Rational(name) is not { } amount) continue;
            if (tolerance is not null) diagnostics.Error(t.Location, "give one of relative, absolute or sigfigs", DiagnosticCodes.ToleranceModeTwice);
            if (amount.Sign <= 0) diagnostics.Error(t.LocationOf(name), "a tolerance must be positive", DiagnosticCodes.ToleranceNotPositive);
            if (mode == ToleranceMode.SignificantFigures && (!amount.IsInteger || amount > 15)) diagnostics.Error(t.LocationOf(name), "sigfigs must be a whole number up to 15", DiagnosticCodes.InvalidSignificantFigures);
            tolerance = new Tolerance(mode, amount.ToDouble());
        }
        if (tolerance is null) diagnostics.Error(t.Location, "a tolerance needs relative, absolute or sigfigs, e.g. { relative: 0.01 }", DiagnosticCodes.ToleranceModeMissing);
        t.ReportUnknownKeys("a tolerance");
        return tolerance;
    }

    private ImmutableArray<ChoiceOption> ReadOptions(YamlMap map, IReadOnlyCollection<string> names)
    {
        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        if (map.Sequence("options", required: true) is not { } seq) return options.ToImmutable();
        foreach (var node in seq)
        {
            if (YamlMap.From(file, node, diagnostics, "an option") is not { } om) continue;
            var text = Text(om, "text", required: true);
            var correct = om.Has("correct")
                ? expressions.Compile(om.Get("correct"), names, "correct")
                : new CompiledExpression("false", new BoolLiteral(false, new TextSpan(0, 5)), om.Location);
            om.ReportUnknownKeys("an option");
            if (correct is not null) options.Add(new ChoiceOption(text, correct));
        }
        if (options.Count < 2) diagnostics.Error(map.LocationOf("options"), "a choice part needs at least two options", DiagnosticCodes.TooFewOptions);
        if (options.Count > 26) diagnostics.Error(map.LocationOf("options"), "a choice part has at most 26 options (A to Z)", DiagnosticCodes.TooManyOptions);
        return options.ToImmutable();
    }

    private TextTemplate Text(YamlMap map, string key, bool required = false)
    {
        var node = map.Scalar(key, required);
        return node?.Value is null
            ? TextTemplate.Empty(map.Location)
            : YamlSource.Text(file, node, source);
    }
}
