namespace DeepExam.Builtins;

public static class ActivationFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Activations";
    }
}
