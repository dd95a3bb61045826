namespace DeepExam.Layout;

/// <summary>What a fragment is in the document's structure, for a backend that tags it (a tagged PDF's structure tree).</summary>
public enum FragmentKind
{
    /// <summary>Content with no more specific kind; read as a paragraph.</summary>
    Other,
    Paragraph,
    Heading,
    /// <summary>A display formula (or one line of a broken display); its role's text is the formula as one line of plain text.</summary>
    Formula,
    /// <summary>A figure; its role's text describes it in words, every number included.</summary>
    Figure,
    TableRow,
    TableHeaderRow,
    /// <summary>A cell of a table row (a span of the row's ops).</summary>
    TableCell,
    TableHeaderCell,
    AnswerBox,
    Code,
    /// <summary>Decoration that is not content: rules, running heads, page numbers.</summary>
    Artifact,
}
