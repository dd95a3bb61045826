using System.Collections;
using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>
/// A list or tensor in text: indexed (<c>shape[0]</c>, <c>X[1][2]</c>) and looped over
/// (<c>for row in X</c>: a matrix's rows, a vector's numbers), read-only. The text language treats
/// any <see cref="IList"/> this way.
/// </summary>
public abstract class ScriptItems : ScriptValue, IList
{
    public abstract int Count { get; }

    protected abstract Value At(int index);

    public object? this[int index]
    {
        get => index >= 0 && index < Count ? ScriptValues.ToScript(At(index))
            : throw new IndexOutOfRangeException($"index {index} is outside {Value.Describe()}");
        set => throw new NotSupportedException("template values cannot be changed from text");
    }

    public IEnumerator GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    public bool IsReadOnly => true;
    public bool IsFixedSize => true;
    public bool IsSynchronized => false;
    public object SyncRoot => this;
    public int Add(object? value) => throw new NotSupportedException("template values cannot be changed from text");
    public void Clear() => throw new NotSupportedException("template values cannot be changed from text");
    public bool Contains(object? value) => IndexOf(value) >= 0;
    public int IndexOf(object? value)
    {
        var wanted = ScriptValues.ToValue(value);
        for (var i = 0; i < Count; i++) if (At(i).Equals(wanted)) return i;
        return -1;
    }
    public void Insert(int index, object? value) => throw new NotSupportedException("template values cannot be changed from text");
    public void Remove(object? value) => throw new NotSupportedException("template values cannot be changed from text");
    public void RemoveAt(int index) => throw new NotSupportedException("template values cannot be changed from text");
    public void CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++) array.SetValue(this[i], index + i);
    }
}

/// <summary>A list (a shape, a tuple, a list of layers) in text.</summary>
public sealed class ScriptList(ListValue value) : ScriptItems
{
    public override Value Value => value;
    public override int Count => value.Items.Length;
    protected override Value At(int index) => value.Items[index];
}

/// <summary>A tensor in text: its items are its slices along the first axis (a vector's numbers, a matrix's rows).</summary>
public sealed class ScriptTensor(TensorValue value) : ScriptItems
{
    public override Value Value => value;
    public override int Count => value.Tensor.Shape[0];
    protected override Value At(int index) => Expressions.Evaluation.ValueOperators.Index(value, [index]);
}
