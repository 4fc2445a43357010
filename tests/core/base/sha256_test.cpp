#include "core/base/sha256.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace marionette {
namespace {

// The FIPS 180-4 example messages, and lengths around the 56- and 64-byte
// padding boundaries where an off-by-one would show.
TEST(Sha256, MatchesTheStandardsExamples) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, SplitUpdatesGiveTheSameDigestAsOne) {
  std::string text;
  for (int i = 0; i < 300; ++i) text.push_back(static_cast<char>(i * 7));
  for (std::size_t cut : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 200u}) {
    Sha256 hash;
    hash.update(text.data(), cut);
    hash.update(text.data() + cut, text.size() - cut);
    EXPECT_EQ(hash.hexDigest(), sha256Hex(text)) << "cut at " << cut;
  }
}

TEST(Sha256, OfAFileAndOfAMissingOne) {
  const auto path = std::filesystem::temp_directory_path() / "marionette-sha256-test.txt";
  std::ofstream(path) << "abc";
  auto digest = sha256OfFile(path.string());
  ASSERT_TRUE(digest.ok());
  EXPECT_EQ(*digest, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  std::filesystem::remove(path);
  auto missing = sha256OfFile(path.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, "cannot read '" + path.string() + "'");
}

}  // namespace
}  // namespace marionette
