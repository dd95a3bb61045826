using System.Text;
using Scriban.Runtime;

namespace DeepExam.Text.Scripting;

/// <summary>Collects a text's output and stops it at a size no exercise text comes near (a runaway loop).</summary>
public sealed class BoundedOutput(int limit) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > limit)
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the text is longer than {limit:N0} characters; is a loop running away?"));
        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Clear() => _text.Clear();

    public override string ToString() => _text.ToString();
}
