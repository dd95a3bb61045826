namespace DeepExam.Builtins;

public static class ShapeFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Shapes";
    }
}
