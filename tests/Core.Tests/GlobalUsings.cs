global using NUnit.Framework;
// FsCheck.NUnit's [Property] runs a method returning an FsCheck Property as a test; NUnit has a [Property] of its own
// (a name-value label), which this alias hides in every test file.
//
// Replaying a failure: FsCheck's message says "Falsifiable, after N tests (M shrinks) (seed,gamma)" and, after the
// counterexample, "Replay directly at failing step with (seed,gamma,size)". Put the first pair into the attribute,
// [Property(MaxTest = ..., Replay = "(seed,gamma)")], and run that one test: it draws the same cases in the same order.
// Two kinds of property still run through Check.One with Config.QuickThrowOnFailure, whose failure message has the
// same lines: SheetYamlReaderTests' two, which count the accepted cases after the run, and PartGraderTests' two.
// Replay one of those with the first pair: Config.QuickThrowOnFailure.WithReplay(FSharpOption<Replay>.Some(
// new Replay(new Rnd(seed, gamma), FSharpOption<int>.None))) (Microsoft.FSharp.Core for FSharpOption).
global using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
