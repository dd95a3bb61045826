using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// One exercise slot of a student in the instructor key. <see cref="Name"/> is the template's id;
/// <see cref="FromPool"/> says the student drew it from a pool, so the key must say which it was.
/// </summary>
public sealed record KeyExercise(int Slot, string Name, bool FromPool, ImmutableArray<KeyAnswer> Answers);
