#include <cstdio>

int main() {
  std::fputs("marionette-cli: no command yet\n", stderr);
  return 2;
}
