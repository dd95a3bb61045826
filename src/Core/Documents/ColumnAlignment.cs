namespace DeepExam.Documents;

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}
