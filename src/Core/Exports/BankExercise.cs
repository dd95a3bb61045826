using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Exports;

/// <summary>
/// An exercise to put in a question bank: its slot (which seeds its variants, as in <c>generate</c>), its id, the points the
/// exam gives it (null: as written) and the parameters the slot pins (null: none).
/// </summary>
public sealed record BankExercise(int Slot, string ExerciseId, Rational? Points, IReadOnlyDictionary<string, Value>? Pins);
