// bigint.h — a Python int beyond int64, for the values the model parser and the learner's-source
// interpreter compute (Python's ints have no upper bound; PyTorch then refuses them where they
// reach its argument parser, with its own texts).
//
// Values that fit int64 stay plain std::int64_t (the fast common path); a BigInt holds only those
// that do not, and every operation hands back an int64 again when its result fits (intResult).
// The arithmetic is GMP's (Debian's libgmp); results beyond kMaxBigIntBits are refused with
// BigIntTooLarge, so `2**2**2**30` cannot hang or exhaust memory.
//
//     ft::BigInt big = ft::BigInt::power(ft::BigInt(2), 64);   // 18446744073709551616
//     big.toString() == "18446744073709551616";  big.fitsInt64() == false
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace ft {

// The most bits an int may have here (Python has no limit; 2**8192 has 2467 digits).
constexpr std::int64_t kMaxBigIntBits = 8192;

// A result beyond kMaxBigIntBits: the caller reports it as a usage error where it arose.
class BigIntTooLarge : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class BigInt
{
public:
    explicit BigInt(std::int64_t value = 0);
    // Decimal digits with an optional leading '-'; throws BigIntTooLarge beyond kMaxBigIntBits.
    static BigInt fromDecimal(const std::string &digits);

    std::string toString() const;
    bool fitsInt64() const;
    std::int64_t toInt64() const;           // the low 64 bits when it does not fit
    // float(x) as Python rounds it; nullopt when Python raises "int too large to convert to float".
    std::optional<double> toDouble() const;
    int sign() const;
    std::int64_t bitLength() const;

    // Python's operators on ints (floor division and modulo round toward minus infinity). The
    // caller checks for a zero divisor; each throws BigIntTooLarge for a result beyond the limit.
    static BigInt add(const BigInt &a, const BigInt &b);
    static BigInt subtract(const BigInt &a, const BigInt &b);
    static BigInt multiply(const BigInt &a, const BigInt &b);
    static BigInt floorDivide(const BigInt &a, const BigInt &b);
    static BigInt modulo(const BigInt &a, const BigInt &b);
    static BigInt negate(const BigInt &a);
    // a ** exponent for exponent >= 0; refuses (BigIntTooLarge) before computing a result beyond the limit.
    static BigInt power(const BigInt &a, std::int64_t exponent);
    static int compare(const BigInt &a, const BigInt &b);
    // true division a / b as Python's int/int (correctly rounded); nullopt: "integer division result too large for a float".
    static std::optional<double> trueDivide(const BigInt &a, const BigInt &b);

    bool operator==(const BigInt &other) const { return compare(*this, other) == 0; }

    struct Impl; // GMP's mpz, opaque here

private:
    explicit BigInt(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace ft
