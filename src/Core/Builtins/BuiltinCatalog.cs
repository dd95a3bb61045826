namespace DeepExam.Builtins;

/// <summary>The one place every domain of builtins is registered, in the order docs/builtins.md lists them.</summary>
public static class BuiltinCatalog
{
    /// <summary>The order the reference lists categories in: from arithmetic, through layers, to training.</summary>
    public static readonly IReadOnlyList<string> CategoryOrder =
        ["Arithmetic", "Shapes", "Layers", "Tensors", "Lists and masks", "Linear algebra", "Convolution", "Pooling", "Activations", "Losses"];

    public static BuiltinRegistry Build()
    {
        var builder = new BuiltinRegistry.Builder();
        MathFunctions.Register(builder);
        ShapeFunctions.Register(builder);
        LayerFunctions.Register(builder);
        TensorFunctions.Register(builder);
        ListFunctions.Register(builder);
        ActivationFunctions.Register(builder);
        LossFunctions.Register(builder);
        return builder.Build();
    }
}
