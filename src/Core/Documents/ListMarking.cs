namespace DeepExam.Documents;

/// <summary>
/// How a list's markers can be left to a reader that draws its own (a browser without our stylesheet, an LMS
/// text field, a QTI player): bullets as a plain bulleted list, 1., 2., … in order as a numbered list, and any
/// other markers ((a), A, a list starting at 3.) written by us in front of each item.
/// </summary>
public enum ListMarking
{
    Bullets,
    Numbered,
    OwnMarkers,
}

public static class ListMarkings
{
    public static ListMarking Of(ListBlock list)
    {
        if (list.Items.All(i => i.Marker == "•")) return ListMarking.Bullets;
        return list.Items.Select((item, k) => item.Marker == $"{k + 1}.").All(same => same) ? ListMarking.Numbered : ListMarking.OwnMarkers;
    }
}
