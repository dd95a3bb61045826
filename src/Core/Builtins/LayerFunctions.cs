namespace DeepExam.Builtins;

public static class LayerFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Layers";
    }
}
