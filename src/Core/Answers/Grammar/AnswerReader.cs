namespace DeepExam.Answers.Grammar;

/// <summary>Which reading an answer kind's text gets; the grader and the form's checker each run the same one.</summary>
public enum AnswerReader
{
    /// <summary>One number.</summary>
    Number,
    /// <summary>A list of numbers: bracketed, "28x28x5", or a row split at blanks and commas.</summary>
    Sequence,
    /// <summary>Nested lists of numbers, or rows of text; a grid of cells in the form.</summary>
    Grid,
    /// <summary>One option, by letter or text.</summary>
    Choice,
    /// <summary>Any number of options: a list, a run of letters, or picks separated by commas, semicolons or spaces.</summary>
    Choices,
    /// <summary>True or false.</summary>
    TrueFalse,
}
