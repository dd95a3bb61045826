using System.Collections.Immutable;

namespace DeepExam.Exports;

/// <summary>
/// One question-bank format (Moodle XML, QTI 2.1), over the same variant sets: the export samples, solves and composes
/// every variant once and hands the same sets to the writer. <see cref="Write"/> is called once per exercise, on many
/// threads at once; <see cref="Finish"/> once after the last, in bank order, for what needs the whole bank (a package and
/// its manifest). Outputs must be deterministic: no clock, no random numbers, no dictionary order, the same bytes in any culture.
/// </summary>
public interface IQuestionBankWriter
{
    WrittenSet Write(VariantSet set);

    /// <summary>The files that need every set (none for a writer that writes a file per set); a writer keeps what it needs of the sets itself.</summary>
    ImmutableArray<ExportedFile> Finish();
}
