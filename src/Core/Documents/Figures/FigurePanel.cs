namespace DeepExam.Documents.Figures;

/// <summary>One drawing of a figure, written as one line of its spec: <see cref="ConvVolumePanel"/> or <see cref="GridPanel"/>.</summary>
public abstract record FigurePanel;
