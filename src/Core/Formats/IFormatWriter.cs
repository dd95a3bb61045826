using DeepExam.Composition;

namespace DeepExam.Formats;

/// <summary>
/// One output of a <c>generate</c> run, such as the exam PDFs or the class key. The run samples and
/// solves each student's exam once and hands the same <see cref="StudentSheets"/> to every selected
/// writer ("one sampling, many writers"). A writer is opened per run by its <see cref="OutputFormat"/>,
/// which also says what it writes; adding a format is a writer and one line in <see cref="OutputFormats"/>.
/// </summary>
public interface IFormatWriter : IDisposable
{
    /// <summary>
    /// Writes a student's own files. Called for many students at once, on many threads, once per student.
    /// Returns what must happen in roster order (a row of a class-wide file), which the run calls from
    /// one thread, student after student; or null when there is nothing such. The step waits, with
    /// what it holds, until the students before it are done: let it hold only what it needs, not
    /// <paramref name="student"/> with its composed documents.
    /// </summary>
    Action? Write(StudentSheets student);

    /// <summary>After the last student's roster-order step: writes what needs the whole class.</summary>
    void Finish();
}
