namespace DeepExam.Exports;

/// <summary>What an answer kind becomes in a question bank, whatever the LMS: each writer maps these five forms to its own question types.</summary>
public enum ExportAnswerForm
{
    /// <summary>One number (integer, exact, approx).</summary>
    Number,
    /// <summary>A number per entry, laid out as a table (shape, tuple, vector, matrix, tensor).</summary>
    NumberTable,
    /// <summary>One option from a list (choice).</summary>
    SingleChoice,
    /// <summary>Any number of options from a list (multi).</summary>
    MultipleChoice,
    /// <summary>True or false (bool).</summary>
    TrueFalse,
}
