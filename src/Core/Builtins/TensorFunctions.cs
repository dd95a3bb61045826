namespace DeepExam.Builtins;

public static class TensorFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Tensors";
    }
}
