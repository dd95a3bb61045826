using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>
/// A measured piece of content that is never split: a line of text, a display formula, a table row,
/// an answer box. Its ops are relative to its top left; pagination only decides where it goes.
/// <see cref="Baseline"/> is the distance from the top to its first baseline (where a list marker
/// or part label is set); <see cref="What"/> names it in layout errors and tests; <see cref="Role"/>
/// says what it is (a heading, a paragraph's line, a table row), for tagging.
/// </summary>
public sealed record Fragment(double Width, double Height, double Baseline, ImmutableArray<DrawOp> Ops, string What)
{
    public FragmentRole Role { get; init; } = FragmentRole.Other;

    /// <summary>Runs of <see cref="Ops"/> that are pieces of their own (cells, formulas in a box), in order.</summary>
    public ImmutableArray<RoleSpan> Spans { get; init; } = [];

    public static Fragment Empty(double height, string what) => new(0, height, 0, [], what);

    /// <summary>This fragment with the role <paramref name="role"/>.</summary>
    public Fragment As(FragmentRole role) => ReferenceEquals(Role, role) ? this : this with { Role = role };

    /// <summary>This fragment with <paramref name="extra"/> ops (already in its coordinates) added.</summary>
    public Fragment With(IEnumerable<DrawOp> extra) => this with { Ops = Ops.AddRange(extra) };

    /// <summary>This fragment moved right by <paramref name="dx"/> inside one <paramref name="width"/> wide.</summary>
    public Fragment Indent(double dx, double width) => dx == 0
        ? this with { Width = width }
        : this with { Ops = [.. Ops.Select(o => o.Offset(dx, 0))], Width = width };

    /// <summary>Fragments stacked top to bottom, each after its gap, as one unbreakable fragment.</summary>
    public static Fragment Stack(IReadOnlyList<(Fragment Fragment, double Gap)> parts, double width, string what)
    {
        var ops = ImmutableArray.CreateBuilder<DrawOp>();
        var spans = ImmutableArray.CreateBuilder<RoleSpan>();
        var y = 0.0;
        var baseline = 0.0;
        for (var i = 0; i < parts.Count; i++)
        {
            var (fragment, gap) = parts[i];
            if (i > 0) y += gap;
            if (i == 0) baseline = fragment.Baseline;
            // Each part keeps what it is: its own spans, or all its ops as one span of its role.
            if (!fragment.Spans.IsEmpty) spans.AddRange(fragment.Spans.Select(s => s with { Start = s.Start + ops.Count }));
            else if (fragment.Ops.Length > 0) spans.Add(new RoleSpan(ops.Count, fragment.Ops.Length, fragment.Role));
            foreach (var op in fragment.Ops) ops.Add(y == 0 ? op : op.Offset(0, y));
            y += fragment.Height;
        }
        return new Fragment(width, y, baseline, ops.ToImmutable(), what) { Spans = spans.ToImmutable() };
    }

    public override string ToString() => $"{What} ({Width:0.#} × {Height:0.#})";
}
