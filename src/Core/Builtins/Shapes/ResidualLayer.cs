using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// A residual block, as ResNet's: the input goes through the <see cref="Main"/> path and through the
/// <see cref="Shortcut"/> (the identity when null, or a projection such as a strided 1×1 Conv and a BatchNorm),
/// and the two results are added, so they must have the same shape. An activation after the addition is a
/// layer of its own after the block, as torchvision's BasicBlock applies it.
/// </summary>
public sealed record ResidualLayer(ImmutableArray<Layer> Main, ImmutableArray<Layer>? Shortcut) : Layer
{
    public const string KindName = "Residual";

    public override string Kind => KindName;

    /// <summary>How messages name the two paths of the block at <paramref name="context"/>: "layer 5 (Residual): main path ".</summary>
    public static string PathContext(string context, bool shortcut) => $"{context}: {(shortcut ? "shortcut" : "main path")} ";

    public static ResidualLayer Read(LayerFields fields)
    {
        var main = fields.Layers("main", PathContext(fields.Context, shortcut: false));
        if (main.IsEmpty) throw fields.Error("'main' needs at least one layer; a block whose main path is the identity adds its input to itself");
        var shortcut = fields.IsNone("shortcut") ? (ImmutableArray<Layer>?)null : fields.Layers("shortcut", PathContext(fields.Context, shortcut: true));
        return new(main, shortcut);
    }

    public override RecordValue ToRecord() => RecordValue.Create(Kind,
        ("main", Value.List(Main.Select(layer => (Value)layer.ToRecord()))),
        ("shortcut", Shortcut is { } path ? Value.List(path.Select(layer => (Value)layer.ToRecord())) : NoneValue.Instance));
}
