using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Templates.Loading;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Exams;

/// <summary>
/// Reads an exam blueprint and checks each slot's exercises, and the parameters a slot pins, against the loaded library.
/// </summary>
public static class BlueprintLoader
{
    public static ExamBlueprint Load(string path, ExerciseLibrary library)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlSource.Load(path, path, diagnostics);
        var blueprint = root is null ? null : Read(root, path, library, diagnostics);
        if (diagnostics.HasErrors || blueprint is null) throw new InputException(diagnostics.ToImmutable());
        return blueprint;
    }

    private static ExamBlueprint? Read(YamlNode root, string file, ExerciseLibrary library, DiagnosticBag diagnostics)
    {
        if (YamlMap.From(file, root, diagnostics, "an exam blueprint") is not { } map) return null;
        var schema = map.Int("schema", required: true);
        if (schema is not null && schema != 1) diagnostics.Error(map.LocationOf("schema"), $"blueprint schema {schema} is not supported; this version reads schema 1", DiagnosticCodes.UnsupportedBlueprintSchema);
        var id = map.String("id", required: true) ?? "";
        diagnostics.Subject = id;
        if (id.Length > 0 && !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            diagnostics.Error(map.LocationOf("id"), $"exam id '{id}' may hold only letters, digits, '-' and '_'", DiagnosticCodes.InvalidExamId);
        var title = map.String("title", required: true) ?? "";
        var course = map.String("course") ?? "";
        var date = map.String("date") ?? "";
        if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            diagnostics.Error(map.LocationOf("date"), $"date must be written yyyy-mm-dd, got '{date}'", DiagnosticCodes.InvalidDate);
        var instructions = map.String("instructions") ?? "";
        var minutes = map.Int("time", min: 1, max: 24 * 60);

        var pinReader = new PinnedParameterReader(BuiltinRegistry.Default);
        var slots = ImmutableArray.CreateBuilder<ExerciseSlot>();
        var seq = map.Sequence("exercises", required: true);
        if (seq is { Children.Count: 0 }) diagnostics.Error(map.LocationOf("exercises"), "an exam needs at least one exercise", DiagnosticCodes.NoExercises);
        library.Require(UsedIds(seq));
        foreach (var node in seq ?? [])
        {
            if (YamlMap.From(file, node, diagnostics, "an exercise slot") is not { } slot) continue;
            var pool = new List<string>();
            if (slot.Has("exercise") == slot.Has("pool"))
                diagnostics.Error(slot.Location, "a slot names either one 'exercise' or a 'pool' of exercises", DiagnosticCodes.SlotNotExerciseOrPool);
            if (slot.String("exercise") is { } single) pool.Add(single);
            pool.AddRange(slot.Strings("pool"));
            foreach (var exerciseId in pool.Where(e => !library.Contains(e)))
                diagnostics.Error(slot.Location, $"no exercise with id '{exerciseId}' in {library.Folder}{Suggestions.DidYouMean(exerciseId, library.Ids)}", DiagnosticCodes.UnknownExercise);
            if (pool.Count != pool.Distinct().Count()) diagnostics.Error(slot.LocationOf("pool"), "the pool names an exercise twice", DiagnosticCodes.PoolRepeatsExercise);
            var points = slot.Rational("points");
            if (points is { Sign: <= 0 }) diagnostics.Error(slot.LocationOf("points"), "points must be positive", DiagnosticCodes.SlotPointsNotPositive);
            var template = pool.Count == 1 && library.Contains(pool[0]) ? library[pool[0]] : null;
            var pins = pinReader.Read(slot, template, pool.Count);
            if (points is { Sign: > 0 } total)
                foreach (var exercise in pool.Where(library.Contains).Select(e => library[e]))
                    if (PartPoints.Of([.. exercise.Parts.Select(p => p.Points)], total) is null)
                        diagnostics.Error(slot.LocationOf("points"), $"{PointsFormat.Decimal(total)} points cannot be shared among the {exercise.Parts.Length} parts of {exercise.Id} in steps of ½ or ¼ without a part getting none; give the slot more points", DiagnosticCodes.SlotPointsCannotBeShared);
            slot.ReportUnknownKeys("an exercise slot");
            slots.Add(new ExerciseSlot(slots.Count + 1, [.. pool], points, slot.Location, pins));
        }
        map.ReportUnknownKeys("an exam blueprint");
        return new ExamBlueprint(schema ?? 1, id, title, course, date, instructions, slots.ToImmutable(), file, minutes);
    }

    // The exercises the slots name, loaded together before the slots are read; the slots report names that are wrong.
    private static IEnumerable<string> UsedIds(YamlSequenceNode? slots)
    {
        foreach (var slot in slots?.Children.OfType<YamlMappingNode>() ?? [])
            foreach (var (key, value) in slot.Children)
            {
                if (key is not YamlScalarNode { Value: "exercise" or "pool" }) continue;
                if (value is YamlScalarNode { Value: { } id }) yield return id;
                foreach (var member in (value as YamlSequenceNode)?.Children.OfType<YamlScalarNode>() ?? [])
                    if (member.Value is { } pooled) yield return pooled;
            }
    }
}
