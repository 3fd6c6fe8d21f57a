"""The statistics chart on a small screen: a bar is never thinner than its label. When more
bars are asked for than fit, the largest are drawn and the rest left to the table."""

from __future__ import annotations

from typing import Any

from app.usecases.figures import Chart


def test_bars_never_thinner_than_their_label(qtbot: Any) -> None:
    from ui.desk.figures import BarChart
    from ui.qt import QtGui

    chart = BarChart()
    qtbot.addWidget(chart)
    fm = QtGui.QFontMetricsF(chart.font())
    line = fm.height() + 3
    assert BarChart.bars_that_fit(4, 300, fm) == 4
    note = fm.height() + 4
    for height in (120, 200, 260, 400, 800):
        n = BarChart.bars_that_fit(15, height, fm)
        assert 1 <= n <= 15
        assert n * line <= height if n == 15 else n * line + note <= height
        # Already clipped: the note is always there, and the bars fit above it.
        assert BarChart.bars_that_fit(15, height, fm, noted=True) * line + note <= height
    # The 15 largest methods by city, at the height the page gives the chart at 1366×768.
    cats = [f"Метод {i}" for i in range(15)]
    chart.set_chart(Chart(cats, [("a", "A"), ("b", "B")], [[float(15 - i), 1.0] for i in
                                                            range(15)], clipped=15))
    chart.resize(830, 260)
    chart.show()
    assert not chart.grab().isNull()  # painted without error
    assert chart.painted_at > 0
