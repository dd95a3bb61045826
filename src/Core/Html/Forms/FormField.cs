namespace DeepExam.Html.Forms;

/// <summary>
/// One answer of a form: the key it is saved under ("1.a"), what the student is asked to fill in, and the part as
/// the answer checker reads it (JSON: its kind, size and options), which the page hands to the checker with the text.
/// Saving completes the line of the blank answer sheet that holds the quoted key.
/// </summary>
public sealed record FormField(string Key, FormInput Input, string CheckerPart);
