// bigint.cpp — see bigint.h. GMP's C++ binding (gmpxx) does the arithmetic.
#include "engine/bigint.h"

#include <gmpxx.h>

#include <cmath>
#include <limits>

namespace ft {

struct BigInt::Impl
{
    mpz_class value;
};

namespace {

[[noreturn]] void throwTooLarge()
{
    throw BigIntTooLarge("the integer is too large for the tutor (more than " + std::to_string(kMaxBigIntBits) + " bits)");
}

std::int64_t bitsOf(const mpz_class &v)
{
    return v == 0 ? 0 : std::int64_t(mpz_sizeinbase(v.get_mpz_t(), 2));
}

mpz_class fromInt64(std::int64_t value)
{
    // mpz's signed long is 64 bits on Debian's amd64 and arm64.
    static_assert(sizeof(long) == sizeof(std::int64_t));
    return mpz_class(static_cast<long>(value));
}

// top * 2**shift rounded half to even to a double, where top has at most 55 bits and its lowest
// bit is sticky (set when anything below it was dropped); nullopt when it overflows a double.
std::optional<double> roundedDouble(const mpz_class &top, std::int64_t shift, bool negative)
{
    mpz_class high = top >> 2;
    const unsigned long low = mpz_get_ui(mpz_class(top & 3).get_mpz_t());
    if (low > 2 || (low == 2 && mpz_odd_p(high.get_mpz_t())))
        ++high;
    if (shift + 2 > 1100)
        return std::nullopt;
    const double result = std::ldexp(high.get_d(), int(shift + 2)); // high has at most 54 bits: exact
    if (std::isinf(result))
        return std::nullopt;
    return negative ? -result : result;
}

} // namespace

BigInt::BigInt(std::int64_t value) : m_impl(std::make_shared<const Impl>(Impl{fromInt64(value)})) {}

BigInt::BigInt(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

static BigInt::Impl checked(mpz_class value)
{
    if (bitsOf(value) > kMaxBigIntBits)
        throwTooLarge();
    return BigInt::Impl{std::move(value)};
}

BigInt BigInt::fromDecimal(const std::string &digits)
{
    // Each decimal digit is at most log2(10) < 3.33 bits: refuse before GMP reads a huge literal.
    if (std::int64_t(digits.size()) > kMaxBigIntBits / 3 + 2)
        throwTooLarge();
    return BigInt(std::make_shared<const Impl>(checked(mpz_class(digits, 10))));
}

std::string BigInt::toString() const { return m_impl->value.get_str(10); }

bool BigInt::fitsInt64() const { return m_impl->value.fits_slong_p(); }

std::int64_t BigInt::toInt64() const
{
    if (fitsInt64())
        return m_impl->value.get_si();
    // Two's complement low 64 bits, as a C cast would keep them.
    mpz_class low;
    mpz_fdiv_r_2exp(low.get_mpz_t(), m_impl->value.get_mpz_t(), 64);
    const unsigned long bits = mpz_get_ui(low.get_mpz_t());
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(bits));
}

std::optional<double> BigInt::toDouble() const
{
    // CPython rounds half to even (PyLong_AsDouble); mpz_get_d truncates, so round by hand from
    // 55 significant bits, the lowest one sticky.
    const mpz_class &v = m_impl->value;
    const std::int64_t bits = bitsOf(v);
    if (bits <= 53)
        return v.get_d(); // exact
    const std::int64_t shift = bits - 55;
    const mpz_class magnitude = abs(v);
    mpz_class top;
    if (shift < 0) {
        top = magnitude << mp_bitcnt_t(-shift);
    } else {
        top = magnitude >> mp_bitcnt_t(shift);
        if (mpz_scan1(magnitude.get_mpz_t(), 0) < mp_bitcnt_t(shift)) // anything dropped below
            top |= 1;
    }
    return roundedDouble(top, shift, v < 0);
}

int BigInt::sign() const { return sgn(m_impl->value); }

std::int64_t BigInt::bitLength() const { return bitsOf(m_impl->value); }

BigInt BigInt::add(const BigInt &a, const BigInt &b)
{
    return BigInt(std::make_shared<const Impl>(checked(a.m_impl->value + b.m_impl->value)));
}

BigInt BigInt::subtract(const BigInt &a, const BigInt &b)
{
    return BigInt(std::make_shared<const Impl>(checked(a.m_impl->value - b.m_impl->value)));
}

BigInt BigInt::multiply(const BigInt &a, const BigInt &b)
{
    if (a.bitLength() + b.bitLength() > kMaxBigIntBits + 1)
        throwTooLarge();
    return BigInt(std::make_shared<const Impl>(checked(a.m_impl->value * b.m_impl->value)));
}

BigInt BigInt::floorDivide(const BigInt &a, const BigInt &b)
{
    mpz_class q;
    mpz_fdiv_q(q.get_mpz_t(), a.m_impl->value.get_mpz_t(), b.m_impl->value.get_mpz_t());
    return BigInt(std::make_shared<const Impl>(checked(std::move(q))));
}

BigInt BigInt::modulo(const BigInt &a, const BigInt &b)
{
    mpz_class r;
    mpz_fdiv_r(r.get_mpz_t(), a.m_impl->value.get_mpz_t(), b.m_impl->value.get_mpz_t());
    return BigInt(std::make_shared<const Impl>(checked(std::move(r))));
}

BigInt BigInt::negate(const BigInt &a)
{
    return BigInt(std::make_shared<const Impl>(checked(-a.m_impl->value)));
}

BigInt BigInt::power(const BigInt &a, std::int64_t exponent)
{
    const mpz_class &base = a.m_impl->value;
    if (exponent == 0)
        return BigInt(1);
    if (base == 0 || base == 1)
        return a;
    if (base == -1)
        return BigInt(exponent % 2 == 0 ? 1 : -1);
    // |base| >= 2: the result has more than (bits - 1) * exponent bits.
    const std::int64_t bits = bitsOf(base);
    if (exponent > kMaxBigIntBits || (bits - 1) * exponent > kMaxBigIntBits)
        throwTooLarge();
    mpz_class result;
    mpz_pow_ui(result.get_mpz_t(), base.get_mpz_t(), static_cast<unsigned long>(exponent));
    return BigInt(std::make_shared<const Impl>(checked(std::move(result))));
}

int BigInt::compare(const BigInt &a, const BigInt &b)
{
    const int c = cmp(a.m_impl->value, b.m_impl->value);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::optional<double> BigInt::trueDivide(const BigInt &a, const BigInt &b)
{
    // Both exact as doubles: one IEEE division rounds correctly, as CPython's does. Otherwise
    // the exact quotient, scaled to 55 significant bits with a sticky bit, rounded once.
    const auto x = a.toDouble(), y = b.toDouble();
    if (x && y && std::abs(*x) < 9007199254740992.0 && std::abs(*y) < 9007199254740992.0)
        return *x / *y;
    mpq_class q(a.m_impl->value, b.m_impl->value);
    q.canonicalize();
    // Scale to 55 significant bits with a sticky bit, as toDouble does.
    const mpz_class &num = q.get_num(), &den = q.get_den();
    const std::int64_t shift = bitsOf(num) - bitsOf(den) - 55;
    mpz_class n = abs(num), d = den;
    if (shift > 0)
        d <<= mp_bitcnt_t(shift);
    else
        n <<= mp_bitcnt_t(-shift);
    mpz_class top, rest;
    mpz_tdiv_qr(top.get_mpz_t(), rest.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
    if (rest != 0)
        top |= 1;
    if (bitsOf(top) > 55) { // the quotient took one more bit: drop it into the sticky bit
        const bool odd = mpz_odd_p(top.get_mpz_t());
        top >>= 1;
        if (odd)
            top |= 1;
        return roundedDouble(top, shift + 1, sgn(num) < 0);
    }
    return roundedDouble(top, shift, sgn(num) < 0);
}

} // namespace ft
