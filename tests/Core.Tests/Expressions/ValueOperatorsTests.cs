using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using static DeepExam.Tests.Expressions.ExpressionEvaluatorTests;

namespace DeepExam.Tests.Expressions;

/// <summary>
/// The operators added for masks, slices and joining: element-wise comparisons into 0/1 masks, and/or/not on masks,
/// slicing of lists and tensors, <c>++</c> and string <c>+</c>; and that the whole-value operators kept their meaning.
/// </summary>
public class ValueOperatorsTests
{
    private static Value T(string text) => Value.Of(Eval(text).AsTensor("a test tensor"));

    [TestCase("[3, -1, 4] .> 0", "[1, 0, 1]")]
    [TestCase("[3, -1, 4] .>= 3", "[1, 0, 1]")]
    [TestCase("2 .< [1, 2, 3]", "[0, 0, 1]")]
    [TestCase("2 .<= [1, 2, 3]", "[0, 1, 1]")]
    [TestCase("[[1, 2], [3, 4]] .== [[1, 0], [3, 0]]", "[[1, 0], [1, 0]]")]
    [TestCase("[1/2, 2/4] .!= [0.5, 1]", "[0, 1]")]
    [TestCase("1/2 .<= 0.5", "true")]
    [TestCase("1/3 .== 1/2", "false")]
    [TestCase("[1, 0, 1] and [1, 1, 0]", "[1, 0, 0]")]
    [TestCase("[1, 0, 1] or [0, 0, 1]", "[1, 0, 1]")]
    [TestCase("not ([1, 2, 3] .> 1)", "[1, 0, 0]")]
    [TestCase("[-2, 0, 5] .> 0 and [-2, 0, 5] .< 4", "[0, 0, 0]")]
    [TestCase("[-2, 0, 5] .< 0 or [-2, 0, 5] .> 4", "[1, 0, 1]")]
    [TestCase("false and [2, 7]", "false")]
    [TestCase("true or [2, 7]", "true")]
    [TestCase("[4, -1] * ([4, -1] .> 0)", "[4, 0]")]
    [TestCase("sum([3, -1, 4] .> 0)", "2")]
    public void Element_wise_comparisons_and_logic_give_exact_masks(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [TestCase("[5, 6, 7, 8][1:3]", "[6, 7]")]
    [TestCase("[5, 6, 7, 8][:-1]", "[5, 6, 7]")]
    [TestCase("[5, 6, 7, 8][-2:]", "[7, 8]")]
    [TestCase("[5, 6, 7, 8][:]", "[5, 6, 7, 8]")]
    [TestCase("[5, 6, 7, 8][::2]", "[5, 7]")]
    [TestCase("[5, 6, 7, 8][1::2]", "[6, 8]")]
    [TestCase("[5, 6, 7, 8][::-1]", "[8, 7, 6, 5]")]
    [TestCase("[5, 6, 7, 8][-1:0:-2]", "[8, 6]")]
    [TestCase("[5, 6, 7, 8][10:]", "[]")]
    [TestCase("[5, 6, 7, 8][-10:2]", "[5, 6]")]
    [TestCase("[5, 6, 7, 8][3:1]", "[]")]
    [TestCase("[\"a\", \"b\", \"c\"][1:]", "[\"b\", \"c\"]")]
    [TestCase("[[1, 2, 3], [4, 5, 6]][0:2, 1]", "[2, 5]")]
    [TestCase("[[1, 2, 3], [4, 5, 6]][1, 1:]", "[5, 6]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6], [2, 3])[1:, 0:2]", "[[4, 5]]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6], [2, 3])[0, 1:]", "[2, 3]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6], [2, 3])[:, 2]", "[3, 6]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6], [2, 3])[::-1]", "[[4, 5, 6], [1, 2, 3]]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6], [2, 3])[:, ::2]", "[[1, 3], [4, 6]]")]
    [TestCase("reshape([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2])[1:, :, 0]", "[[5, 7]]")]
    public void Slices_keep_their_axis_and_indices_drop_theirs(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [Test]
    public void A_slice_of_a_tensor_is_a_tensor_and_a_slice_of_a_list_a_list()
    {
        Assert.That(Eval("reshape([1, 2, 3, 4], [2, 2])[0:1]"), Is.TypeOf<TensorValue>());
        Assert.That(Eval("[1, 2, 3][0:1]"), Is.TypeOf<ListValue>());
    }

    [TestCase("[1, 2] ++ [3]", "[1, 2, 3]")]
    [TestCase("[] ++ [\"a\"]", "[\"a\"]")]
    [TestCase("[[1, 2]] ++ [[3, 4]]", "[[1, 2], [3, 4]]")]
    [TestCase("\"conv\" ++ \"2d\"", "\"conv2d\"")]
    [TestCase("\"conv\" + \"2d\"", "\"conv2d\"")]
    [TestCase("reshape([1, 2, 3, 4], [2, 2]) ++ [[5, 6]]", "[[1, 2], [3, 4], [5, 6]]")]
    [TestCase("[1, 2] + [3, 4]", "[4, 6]")]
    public void Joining_puts_lists_strings_and_tensors_end_to_end_while_plus_on_lists_still_adds(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [TestCase("[1, 2] == [1, 2]", "true")]
    [TestCase("[1, 2] != [1, 3]", "true")]
    [TestCase("[1, 2] == 1", "false")]
    public void Plain_equality_still_compares_whole_values(string text, string expected) =>
        Assert.That(Eval(text).ToString(), Is.EqualTo(expected));

    [TestCase("[1, 2] .< [1, 2, 3]", 0, 19, "'.<' needs tensors of the same shape, got [2] and [3]")]
    [TestCase("\"a\" .< 1", 0, 8, "'.<' compares numbers and tensors cell by cell, got a string and an integer")]
    [TestCase("[1, 2] < 3", 0, 10, "'<' compares two numbers, got a list of 2 and an integer; compare cell by cell with '.<'")]
    [TestCase("\"a\" < 3", 0, 7, "the left side of '<' must be a number, got a string")]
    [TestCase("[1, 0] and true", 0, 15, "'and' joins true/false with true/false, or two masks of the same shape; got a list of 2 and a boolean")]
    [TestCase("true and [1, 0]", 0, 15, "'and' joins true/false with true/false, or two masks of the same shape; got a boolean and a list of 2")]
    [TestCase("1 or true", 0, 9, "'or' must be true or false, got an integer")]
    [TestCase("[2, 0] and [1, 1]", 0, 17, "the left side of 'and' must be a mask of 0s and 1s (such as x .> 0), got 2 at [0]")]
    [TestCase("[1, 0] or [1, 0, 1]", 0, 19, "'or' needs tensors of the same shape")]
    [TestCase("not [[1, 0], [0, 3]]", 0, 20, "'not' must be a mask of 0s and 1s (such as x .> 0), got 3 at [1, 1]")]
    [TestCase("not 1", 0, 5, "'not' must be true or false, got an integer")]
    [TestCase("1 ++ [2]", 0, 8, "'++' joins two lists, two strings or two tensors, got an integer and a list of 1")]
    [TestCase("reshape([1, 2, 3, 4], [2, 2]) ++ [1, 2]", 0, 39, "'++' joins tensors along their first axis, so their other sizes must agree: got [2, 2] and [2]")]
    [TestCase("[1, 2, 3][::0]", 0, 14, "a slice step cannot be 0")]
    [TestCase("reshape([1, 2, 3, 4], [2, 2])[2:, 0]", 0, 36, "the slice 2: selects nothing from axis 0 (size 2); a tensor cannot be empty")]
    [TestCase("[1, 2][0:1, 0, 1]", 0, 17, "cannot index an integer")]
    [TestCase("\"abc\"[0:1]", 0, 10, "cannot slice a string")]
    [TestCase("[1, 2][1/2:]", 0, 12, "a slice's start must be an integer, got 1/2")]
    [TestCase("reshape([1, 2, 3, 4], [2, 2])[0:1, 0:1, 0]", 0, 42, "3 indices for a rank-2 tensor")]
    [TestCase("(1:2)", 2, 3, "expected ')' but found ':'")]
    public void Errors_name_the_operator_and_what_it_got(string text, int start, int end, string message)
    {
        var parsed = ExpressionParser.Parse(text);
        if (!parsed.Succeeded)
        {
            Assert.That((parsed.Diagnostics[0].Span.Start, parsed.Diagnostics[0].Message), Is.EqualTo((start, message)));
            return;
        }
        var ex = Assert.Throws<EvaluationException>(() => new ExpressionEvaluator(BuiltinRegistry.Default).Evaluate(parsed.Root!, new Dictionary<string, Value>()));
        Assert.That(ex!.Message, Does.Contain(message));
        Assert.That(ex.Span, Is.EqualTo(new TextSpan(start, end - start)));
    }

    private const int Runs = 200;

    private static readonly Gen<Value> SmallList =
        from n in Gen.Choose(0, 6)
        from items in Gen.ArrayOf(Gen.Choose(-3, 3), n)
        select (Value)new ListValue([.. items.Select(i => Value.Of(i))]);

    private static Gen<Value> SmallTensor(int[] shape) =>
        Gen.ArrayOf(Gen.Choose(-2, 2), shape.Aggregate(1, (a, b) => a * b)).Select(v => Value.Of(Tensor.Create(shape, [.. v.Select(i => (Number)i)])));

    private static readonly Gen<int[]> Shapes = Gen.Elements<int[]>([3], [2, 2], [1, 4], [2, 3], [2, 1, 2]);

    private static Value With(string text, params (string, Value)[] scope) => Eval(text, scope);

    [Property(MaxTest = Runs)]
    public Property Slicing_a_list_at_any_cut_and_joining_the_halves_gives_it_back() =>
        Prop.ForAll(SmallList.ToArbitrary(), Gen.Choose(-8, 8).ToArbitrary(), (xs, k) =>
            ValueOperators.AreEqual(With("xs[:k] ++ xs[k:]", ("xs", xs), ("k", Value.Of(k))), xs));

    [Property(MaxTest = Runs)]
    public Property Slicing_a_tensor_between_rows_and_joining_the_halves_gives_it_back()
    {
        var cases =
            from rows in Gen.Choose(2, 4)
            from x in SmallTensor([rows, 2])
            from k in Gen.Choose(1, rows - 1)
            select (X: x, K: k);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            With("x[:k] ++ x[k:]", ("x", c.X), ("k", Value.Of(c.K))).Equals(c.X));
    }

    [Property(MaxTest = Runs)]
    public Property A_slice_holds_as_many_items_as_its_clamped_bounds_leave_and_reversing_twice_is_the_identity() =>
        Prop.ForAll(SmallList.ToArbitrary(), Gen.Choose(-8, 8).ToArbitrary(), Gen.Choose(-8, 8).ToArbitrary(), (xs, a, b) =>
        {
            var n = ((ListValue)xs).Items.Length;
            int Clamp(int i) => Math.Clamp(i < 0 ? i + n : i, 0, n);
            var scope = new[] { ("xs", xs), ("a", Value.Of(a)), ("b", Value.Of(b)) };
            return ((NumberValue)With("len(xs[a:b])", scope)).Number.Equals((Number)Math.Max(0, Clamp(b) - Clamp(a)))
                && ValueOperators.AreEqual(With("xs[::-1][::-1]", scope), xs);
        });

    [Property(MaxTest = Runs)]
    public Property No_cell_differs_exactly_when_the_tensors_are_equal()
    {
        var cases =
            from shape in Shapes
            from x in SmallTensor(shape)
            from y in Gen.OneOf(SmallTensor(shape), Gen.Constant(x))
            select (X: x, Y: y);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            (With("count_nonzero(x .!= y) == 0", ("x", c.X), ("y", c.Y)) is BoolValue { Value: var none })
            && none == (With("x == y", ("x", c.X), ("y", c.Y)) is BoolValue { Value: true })
            && With("count_nonzero(x .== y) + count_nonzero(x .!= y)", ("x", c.X), ("y", c.Y)).Equals(Value.Of(((TensorValue)c.X).Tensor.Count)));
    }

    [Property(MaxTest = Runs)]
    public Property Where_is_the_sum_of_its_two_halves_and_the_mask_arithmetic_it_stands_for()
    {
        var cases =
            from shape in Shapes
            from x in SmallTensor(shape)
            from a in SmallTensor(shape)
            from b in SmallTensor(shape)
            select (C: With("x .> 0", ("x", x)), A: a, B: b);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scope = new[] { ("c", c.C), ("a", c.A), ("b", c.B) };
            var picked = With("where(c, a, b)", scope);
            return picked.Equals(With("where(c, a, 0) + where(c, 0, b)", scope))
                && picked.Equals(With("c * a + (1 - c) * b", scope))
                && With("where(not c, b, a)", scope).Equals(picked);
        });
    }

    [Property(MaxTest = Runs)]
    public Property Masks_obey_de_morgan_and_a_comparison_and_its_opposite_cover_every_cell_once()
    {
        var cases =
            from shape in Shapes
            from x in SmallTensor(shape)
            from y in SmallTensor(shape)
            select (X: x, Y: y);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scope = new[] { ("x", c.X), ("y", c.Y) };
            return With("not (x .> 0 and y .> 0)", scope).Equals(With("not (x .> 0) or not (y .> 0)", scope))
                && With("not (x .> 0 or y .> 0)", scope).Equals(With("not (x .> 0) and not (y .> 0)", scope))
                && With("(x .< y) + (x .>= y)", scope).Equals(With("x .== x", scope))
                && With("(x .<= y) - (x .== y)", scope).Equals(With("x .< y", scope));
        });
    }
}
