namespace DeepExam.Html;

/// <summary>Where an operator stands among its neighbours, which decides the operator dictionary's entry for it.</summary>
public enum MathOperatorForm
{
    Infix,
    Prefix,
    Postfix,
}
