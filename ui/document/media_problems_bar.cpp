#include "ui/document/media_problems_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/document/project_session.h"

namespace marionette::ui {

MediaProblemsBar::MediaProblemsBar(ProjectSession* session, QWidget* parent)
    : QFrame(parent), session_(session), rows_(new QVBoxLayout(this)) {
  setObjectName("mediaProblemsBar");
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  // A warning colour that reads on light and dark palettes alike.
  QPalette warning = palette();
  warning.setColor(QPalette::Window, QColor(0xc2, 0x7c, 0x0e));
  warning.setColor(QPalette::WindowText, Qt::white);
  warning.setColor(QPalette::ButtonText, palette().color(QPalette::ButtonText));
  setPalette(warning);
  rows_->setContentsMargins(8, 4, 8, 4);
  connect(session_, &ProjectSession::mediaProblemsChanged, this, &MediaProblemsBar::rebuild);
  rebuild();
}

void MediaProblemsBar::rebuild() {
  while (QLayoutItem* item = rows_->takeAt(0)) {
    if (QWidget* widget = item->widget()) widget->deleteLater();
    delete item;
  }
  const auto& problems = session_->mediaProblems();
  for (int i = 0; i < int(problems.size()); ++i) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    const auto& problem = problems[std::size_t(i)];
    const QString message = problem.driver
                                ? tr("Media missing: the driving video '%1' is not there. Relink it to see its "
                                     "frames and hear its sound; its tracked motion still plays.")
                                : tr("Media missing: the portrait '%1' is not there. Relink it to see the preview.");
    auto* text = new QLabel(message.arg(QString::fromStdString(problem.path)), row);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* relink = new QPushButton(tr("Relink…"), row);
    relink->setObjectName(problem.driver ? "relinkDriverButton" : "relinkPortraitButton");
    connect(relink, &QPushButton::clicked, this, [this, i] { session_->relinkWithDialog(i); });
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(relink);
    rows_->addWidget(row);
  }
  setVisible(!problems.empty());
}

}  // namespace marionette::ui
