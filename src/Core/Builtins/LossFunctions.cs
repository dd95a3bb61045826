namespace DeepExam.Builtins;

public static class LossFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Losses";
    }
}
